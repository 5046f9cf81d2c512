/** Every error body an HTTP app sends has this shape. `id` only for unexpected errors. */
export interface ErrorResponse {
  error: string;
  message?: string;
  fields?: Record<string, string[]>;
  id?: string;
}
