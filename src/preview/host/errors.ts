/**
 * Errors of the preview host, shaped like `OfficeExtension.Error` (a `code` from the same list), so the
 * adapter's error handling is exercised the way Excel would exercise it.
 */
export type PreviewErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'AccessDenied'
  | 'RequestPayloadSizeLimitExceeded'
  /** An object (or its context) used outside the batch it belongs to. */
  | 'InvalidObjectPath'
  /** Excel's catch-all (e.g. freeze panes, office-js 2196); the preview raises it for an injected failure. */
  | 'GeneralException'
  /** A call the preview host does not implement: the adapter must not rely on it. */
  | 'ApiNotFound';

export class PreviewApiError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: PreviewErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown for any part of the Excel API the preview host does not implement. */
export function unsupported(what: string): PreviewApiError {
  return new PreviewApiError(
    'ApiNotFound',
    `Pratinjau tidak mendukung ${what} / The preview does not support ${what}`,
  );
}

/** Reading a property the preview keeps write-only (formatting): the adapter never reads these. */
export function writeOnly(what: string): never {
  throw unsupported(`reading ${what}`);
}
