/**
 * Errors as Office.js hands them to an add-in: a RichApi.Error whose `code` is one of
 * Excel.ErrorCodes and whose `message` is Excel's own text (from "Error handling with the
 * application-specific JavaScript APIs", learn.microsoft.com). The host may read only `code`.
 */
export type ExcelErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperationInCellEditMode"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

const MESSAGES: Record<ExcelErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation for Excel requirement sets for more information.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export interface ExcelError extends Error {
  code: ExcelErrorCode;
  debugInfo: { code: ExcelErrorCode; message: string; errorLocation: string };
}

export function excelError(code: ExcelErrorCode, location: string): ExcelError {
  const message = MESSAGES[code];
  return Object.assign(new Error(message), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message, errorLocation: location },
  });
}
