/**
 * A user's file or input the core cannot read. `message` is Indonesian (shown first), `messageEn` its twin;
 * both are one line, fit for a command line's stderr or a pane's MessageBar.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}
