import { progress } from '../../src/cli/progress';
import { memoryIo } from './memoryIo';

describe('progress bar', () => {
  it('draws on a terminal, one carriage-return line per file, and ends the line', () => {
    const io = { ...memoryIo(), isTty: true };
    let err = '';
    const bar = progress({ ...io, err: (t) => void (err += t) }, 4);
    bar.tick('a.xlsx');
    bar.tick('b.xlsx');
    bar.done();
    expect(err.split('\r').filter(Boolean)).toHaveLength(2);
    expect(err).toContain('[############............] 2/4 b.xlsx');
    expect(err.endsWith('\n')).toBe(true);
  });

  it('stays quiet when the output is not a terminal', () => {
    const io = memoryIo();
    const bar = progress(io, 4);
    bar.tick('a.xlsx');
    bar.done();
    expect(io.stderr()).toBe('');
  });
});
