import { fileFormula } from '../../src/cli/xlsx/fileFormula';

describe('formulas as stored in an .xlsx', () => {
  it.each([
    ['=IF(A1>0,1,0)', 'IF(A1>0,1,0)'],
    ['=IFS(A1>0,"x",TRUE,"y")', '_xlfn.IFS(A1>0,"x",TRUE,"y")'],
    ['=SUM(A1:A3)+ifna(B1,0)', 'SUM(A1:A3)+_xlfn.IFNA(B1,0)'],
    ['=IF(A1="IFS(",1,0)', 'IF(A1="IFS(",1,0)'],
    ['=MYIFS(A1)', 'MYIFS(A1)'],
    ['=_xlfn.IFS(A1,1)', '_xlfn.IFS(A1,1)'],
  ])('%s → %s', (formula, stored) => {
    expect(fileFormula(formula)).toBe(stored);
  });
});
