export interface Envelope {
  success: boolean;
  errors: Message[];
  messages: Message[];
}

export interface Message {
  /** @minimum 1000 */
  code: number;
  message: string;
}

export interface ResultInfo {
  page?: number;
  per_page?: number;
  count?: number;
  total_count?: number;
}

export interface Widget {
  /** @readonly Set by the server; ignored in requests. */
  id: string;
  /** @pattern "^[a-z][a-z0-9-]*$" */
  name: string;
  /** @format date-time */
  created_on: string;
  color?: "red" | "green" | "blue" | "cyan" | "magenta" | "yellow" | "black";
  size?: number;
}
