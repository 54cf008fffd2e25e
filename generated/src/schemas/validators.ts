// No schemas to validate.
export {};
