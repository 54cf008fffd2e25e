export interface Circle {
  kind: "circle";
  radius: number;
  /** @example "unit circle" */
  label?: string | null;
}

/** A circle or a square, told apart by `kind`. */
export type Shape = Circle | Square;

export interface Square {
  kind: "square";
  side: number;
  tags?: string[];
}
