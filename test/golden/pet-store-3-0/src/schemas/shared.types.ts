export interface Error2 {
  code: number;
  message: string;
}
