import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import { excelRound } from '../../lke';

/**
 * Excel's ROUND for the preview: HyperFormula 3.5 computes `Math.round(x·10^d)/10^d`, which gives
 * ROUND(1.005, 2) = 1 where Excel gives 1.01; the verdict thresholds are judged on rounded values.
 */
class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };
  // HyperFormula's AST and state types are internal (not exported); they pass through untouched.
  round(ast: { args: unknown }, state: unknown): unknown {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata('ROUND'),
      (x: number, d: number) => excelRound(x, d),
    );
  }
}

let installed = false;

/** Installs Excel's ROUND in HyperFormula (once per page or test file). */
export function useExcelRound(): void {
  if (installed) return;
  HyperFormula.unregisterFunction('ROUND');
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin, {
    enGB: { ROUND: 'ROUND' },
    enUS: { ROUND: 'ROUND' },
  });
  installed = true;
}
