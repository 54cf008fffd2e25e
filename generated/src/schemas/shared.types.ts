export interface AigBillingErrorResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  result: (Record<string, unknown>) | null;
  success: false;
}
