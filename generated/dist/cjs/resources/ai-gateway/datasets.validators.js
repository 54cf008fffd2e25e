'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { codePoints, collectIssues, fail, missing } = require('../../core/validation.js');
const { isDateTime: formatDateTime } = require('../../core/formats.js');

const ENUM_0 = new Set(['created_at', 'request_content_type', 'response_content_type', 'success', 'cached', 'provider', 'model', 'cost', 'tokens', 'tokens_in', 'tokens_out', 'duration', 'feedback']);
function check0(value) {
  if (typeof value !== 'string') return false;
  return true;
}
function check1(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return true;
}
function check2(value) {
  if (typeof value !== 'boolean') return false;
  return true;
}
/** Whether `value` is a valid {@link DatasetCreateResponse}. Fast: returns at the first problem. */
function isDatasetCreateResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.created_at;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!formatDateTime(v1)) return false;
  const v2 = v0.enable;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'boolean') return false;
  const v3 = v0.filters;
  if (v3 === undefined) return false;
  if (!Array.isArray(v3)) return false;
  const v4 = v3;
  for (let v5 = 0; v5 < v4.length; v5++) {
    const v6 = v4[v5];
    if (typeof v6 !== 'object' || v6 === null || Array.isArray(v6)) return false;
    const v7 = v6;
    const v8 = v7.key;
    if (v8 === undefined) return false;
    if (!(ENUM_0.has(v8))) return false;
    const v9 = v7.operator;
    if (v9 === undefined) return false;
    if (!(v9 === 'eq' || v9 === 'contains' || v9 === 'lt' || v9 === 'gt')) return false;
    const v10 = v7.value;
    if (v10 === undefined) return false;
    if (!Array.isArray(v10)) return false;
    const v11 = v10;
    for (let v12 = 0; v12 < v11.length; v12++) {
      const v13 = v11[v12];
      if (!(check0(v13) || check1(v13) || check2(v13))) return false;
    }
  }
  const v14 = v0.gateway_id;
  if (v14 === undefined) return false;
  if (typeof v14 !== 'string') return false;
  if (v14.length < 1 || (v14.length < 2 && codePoints(v14) < 1)) return false;
  if (v14.length > 64 && codePoints(v14) > 64) return false;
  const v15 = v0.id;
  if (v15 === undefined) return false;
  if (typeof v15 !== 'string') return false;
  const v16 = v0.modified_at;
  if (v16 === undefined) return false;
  if (typeof v16 !== 'string') return false;
  if (!formatDateTime(v16)) return false;
  const v17 = v0.name;
  if (v17 === undefined) return false;
  if (typeof v17 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetCreateResponse} is false. */
function explainDatasetCreateResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.created_at;
    if (v1 === undefined) {
      missing(issues, path + '/created_at', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/created_at', 'string', v1);
      } else {
        if (!formatDateTime(v1)) {
          fail(issues, path + '/created_at', 'date-time string', v1);
        }
      }
    }
    const v2 = v0.enable;
    if (v2 === undefined) {
      missing(issues, path + '/enable', 'boolean');
    } else {
      if (typeof v2 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v2);
      }
    }
    const v3 = v0.filters;
    if (v3 === undefined) {
      missing(issues, path + '/filters', 'array');
    } else {
      if (!Array.isArray(v3)) {
        fail(issues, path + '/filters', 'array', v3);
      } else {
        const v4 = v3;
        for (let v5 = 0; v5 < v4.length; v5++) {
          const v6 = v4[v5];
          if (typeof v6 !== 'object' || v6 === null || Array.isArray(v6)) {
            fail(issues, path + '/filters' + '/' + v5, 'object', v6);
          } else {
            const v7 = v6;
            const v8 = v7.key;
            if (v8 === undefined) {
              missing(issues, path + '/filters' + '/' + v5 + '/key', 'enum');
            } else {
              if (!(ENUM_0.has(v8))) {
                fail(issues, path + '/filters' + '/' + v5 + '/key', 'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"', v8);
              }
            }
            const v9 = v7.operator;
            if (v9 === undefined) {
              missing(issues, path + '/filters' + '/' + v5 + '/operator', 'enum');
            } else {
              if (!(v9 === 'eq' || v9 === 'contains' || v9 === 'lt' || v9 === 'gt')) {
                fail(issues, path + '/filters' + '/' + v5 + '/operator', 'one of "eq", "contains", "lt", "gt"', v9);
              }
            }
            const v10 = v7.value;
            if (v10 === undefined) {
              missing(issues, path + '/filters' + '/' + v5 + '/value', 'array');
            } else {
              if (!Array.isArray(v10)) {
                fail(issues, path + '/filters' + '/' + v5 + '/value', 'array', v10);
              } else {
                const v11 = v10;
                for (let v12 = 0; v12 < v11.length; v12++) {
                  const v13 = v11[v12];
                  if (!(check0(v13) || check1(v13) || check2(v13))) {
                    fail(issues, path + '/filters' + '/' + v5 + '/value' + '/' + v12, 'a value matching at least one of 3 alternatives (anyOf)', v13, 'matches none of the anyOf alternatives');
                  }
                }
              }
            }
          }
        }
      }
    }
    const v14 = v0.gateway_id;
    if (v14 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v14 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v14);
      } else {
        if (v14.length < 1 || (v14.length < 2 && codePoints(v14) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v14);
        }
        if (v14.length > 64 && codePoints(v14) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v14);
        }
      }
    }
    const v15 = v0.id;
    if (v15 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v15 !== 'string') {
        fail(issues, path + '/id', 'string', v15);
      }
    }
    const v16 = v0.modified_at;
    if (v16 === undefined) {
      missing(issues, path + '/modified_at', 'string');
    } else {
      if (typeof v16 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v16);
      } else {
        if (!formatDateTime(v16)) {
          fail(issues, path + '/modified_at', 'date-time string', v16);
        }
      }
    }
    const v17 = v0.name;
    if (v17 === undefined) {
      missing(issues, path + '/name', 'string');
    } else {
      if (typeof v17 !== 'string') {
        fail(issues, path + '/name', 'string', v17);
      }
    }
  }
}

/** Checks `value` against {@link DatasetCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDatasetCreateResponse(value) {
  return isDatasetCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDatasetCreateResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isDatasetCreateArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.account_id;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetCreateArgs} is false. */
function explainDatasetCreateArgs(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.gateway_id;
    if (v1 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v1);
      } else {
        if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v1);
        }
        if (v1.length > 64 && codePoints(v1) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v1);
        }
      }
    }
    const v2 = v0.account_id;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/account_id', 'string', v2);
      }
    }
  }
}

/** Whether `value` is a valid {@link DatasetDeleteResponse}: the same checks as {@link isDatasetCreateResponse}. */
function isDatasetDeleteResponse(value) {
  return isDatasetCreateResponse(value);
}

/** @internal The same checks as {@link explainDatasetCreateResponse}. */
function explainDatasetDeleteResponse(value, path, issues) {
  explainDatasetCreateResponse(value, path, issues);
}

/** Checks `value` against {@link DatasetDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDatasetDeleteResponse(value) {
  return isDatasetDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDatasetDeleteResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isDatasetDeleteArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.id;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  const v3 = v0.account_id;
  if (v3 !== undefined) {
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetDeleteArgs} is false. */
function explainDatasetDeleteArgs(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.gateway_id;
    if (v1 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v1);
      } else {
        if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v1);
        }
        if (v1.length > 64 && codePoints(v1) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v1);
        }
      }
    }
    const v2 = v0.id;
    if (v2 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/id', 'string', v2);
      }
    }
    const v3 = v0.account_id;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/account_id', 'string', v3);
      }
    }
  }
}

/** Whether `value` is a valid {@link DatasetGetResponse}: the same checks as {@link isDatasetCreateResponse}. */
function isDatasetGetResponse(value) {
  return isDatasetCreateResponse(value);
}

/** @internal The same checks as {@link explainDatasetCreateResponse}. */
function explainDatasetGetResponse(value, path, issues) {
  explainDatasetCreateResponse(value, path, issues);
}

/** Checks `value` against {@link DatasetGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDatasetGetResponse(value) {
  return isDatasetGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDatasetGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isDatasetDeleteArgs}. */
function isDatasetGetArgs(value) {
  return isDatasetDeleteArgs(value);
}

/** @internal The same checks as {@link explainDatasetDeleteArgs}. */
function explainDatasetGetArgs(value, path, issues) {
  explainDatasetDeleteArgs(value, path, issues);
}

/** Whether `value` is a valid {@link DatasetListResponse}. Fast: returns at the first problem. */
function isDatasetListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.created_at;
    if (v4 === undefined) return false;
    if (typeof v4 !== 'string') return false;
    if (!formatDateTime(v4)) return false;
    const v5 = v3.enable;
    if (v5 === undefined) return false;
    if (typeof v5 !== 'boolean') return false;
    const v6 = v3.filters;
    if (v6 === undefined) return false;
    if (!Array.isArray(v6)) return false;
    const v7 = v6;
    for (let v8 = 0; v8 < v7.length; v8++) {
      const v9 = v7[v8];
      if (typeof v9 !== 'object' || v9 === null || Array.isArray(v9)) return false;
      const v10 = v9;
      const v11 = v10.key;
      if (v11 === undefined) return false;
      if (!(ENUM_0.has(v11))) return false;
      const v12 = v10.operator;
      if (v12 === undefined) return false;
      if (!(v12 === 'eq' || v12 === 'contains' || v12 === 'lt' || v12 === 'gt')) return false;
      const v13 = v10.value;
      if (v13 === undefined) return false;
      if (!Array.isArray(v13)) return false;
      const v14 = v13;
      for (let v15 = 0; v15 < v14.length; v15++) {
        const v16 = v14[v15];
        if (!(check0(v16) || check1(v16) || check2(v16))) return false;
      }
    }
    const v17 = v3.gateway_id;
    if (v17 === undefined) return false;
    if (typeof v17 !== 'string') return false;
    if (v17.length < 1 || (v17.length < 2 && codePoints(v17) < 1)) return false;
    if (v17.length > 64 && codePoints(v17) > 64) return false;
    const v18 = v3.id;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'string') return false;
    const v19 = v3.modified_at;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'string') return false;
    if (!formatDateTime(v19)) return false;
    const v20 = v3.name;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetListResponse} is false. */
function explainDatasetListResponse(value, path, issues) {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v0 = value;
    for (let v1 = 0; v1 < v0.length; v1++) {
      const v2 = v0[v1];
      if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) {
        fail(issues, path + '/' + v1, 'object', v2);
      } else {
        const v3 = v2;
        const v4 = v3.created_at;
        if (v4 === undefined) {
          missing(issues, path + '/' + v1 + '/created_at', 'string');
        } else {
          if (typeof v4 !== 'string') {
            fail(issues, path + '/' + v1 + '/created_at', 'string', v4);
          } else {
            if (!formatDateTime(v4)) {
              fail(issues, path + '/' + v1 + '/created_at', 'date-time string', v4);
            }
          }
        }
        const v5 = v3.enable;
        if (v5 === undefined) {
          missing(issues, path + '/' + v1 + '/enable', 'boolean');
        } else {
          if (typeof v5 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/enable', 'boolean', v5);
          }
        }
        const v6 = v3.filters;
        if (v6 === undefined) {
          missing(issues, path + '/' + v1 + '/filters', 'array');
        } else {
          if (!Array.isArray(v6)) {
            fail(issues, path + '/' + v1 + '/filters', 'array', v6);
          } else {
            const v7 = v6;
            for (let v8 = 0; v8 < v7.length; v8++) {
              const v9 = v7[v8];
              if (typeof v9 !== 'object' || v9 === null || Array.isArray(v9)) {
                fail(issues, path + '/' + v1 + '/filters' + '/' + v8, 'object', v9);
              } else {
                const v10 = v9;
                const v11 = v10.key;
                if (v11 === undefined) {
                  missing(issues, path + '/' + v1 + '/filters' + '/' + v8 + '/key', 'enum');
                } else {
                  if (!(ENUM_0.has(v11))) {
                    fail(issues, path + '/' + v1 + '/filters' + '/' + v8 + '/key', 'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"', v11);
                  }
                }
                const v12 = v10.operator;
                if (v12 === undefined) {
                  missing(issues, path + '/' + v1 + '/filters' + '/' + v8 + '/operator', 'enum');
                } else {
                  if (!(v12 === 'eq' || v12 === 'contains' || v12 === 'lt' || v12 === 'gt')) {
                    fail(issues, path + '/' + v1 + '/filters' + '/' + v8 + '/operator', 'one of "eq", "contains", "lt", "gt"', v12);
                  }
                }
                const v13 = v10.value;
                if (v13 === undefined) {
                  missing(issues, path + '/' + v1 + '/filters' + '/' + v8 + '/value', 'array');
                } else {
                  if (!Array.isArray(v13)) {
                    fail(issues, path + '/' + v1 + '/filters' + '/' + v8 + '/value', 'array', v13);
                  } else {
                    const v14 = v13;
                    for (let v15 = 0; v15 < v14.length; v15++) {
                      const v16 = v14[v15];
                      if (!(check0(v16) || check1(v16) || check2(v16))) {
                        fail(issues, path + '/' + v1 + '/filters' + '/' + v8 + '/value' + '/' + v15, 'a value matching at least one of 3 alternatives (anyOf)', v16, 'matches none of the anyOf alternatives');
                      }
                    }
                  }
                }
              }
            }
          }
        }
        const v17 = v3.gateway_id;
        if (v17 === undefined) {
          missing(issues, path + '/' + v1 + '/gateway_id', 'string');
        } else {
          if (typeof v17 !== 'string') {
            fail(issues, path + '/' + v1 + '/gateway_id', 'string', v17);
          } else {
            if (v17.length < 1 || (v17.length < 2 && codePoints(v17) < 1)) {
              fail(issues, path + '/' + v1 + '/gateway_id', 'string of at least 1 characters', v17);
            }
            if (v17.length > 64 && codePoints(v17) > 64) {
              fail(issues, path + '/' + v1 + '/gateway_id', 'string of at most 64 characters', v17);
            }
          }
        }
        const v18 = v3.id;
        if (v18 === undefined) {
          missing(issues, path + '/' + v1 + '/id', 'string');
        } else {
          if (typeof v18 !== 'string') {
            fail(issues, path + '/' + v1 + '/id', 'string', v18);
          }
        }
        const v19 = v3.modified_at;
        if (v19 === undefined) {
          missing(issues, path + '/' + v1 + '/modified_at', 'string');
        } else {
          if (typeof v19 !== 'string') {
            fail(issues, path + '/' + v1 + '/modified_at', 'string', v19);
          } else {
            if (!formatDateTime(v19)) {
              fail(issues, path + '/' + v1 + '/modified_at', 'date-time string', v19);
            }
          }
        }
        const v20 = v3.name;
        if (v20 === undefined) {
          missing(issues, path + '/' + v1 + '/name', 'string');
        } else {
          if (typeof v20 !== 'string') {
            fail(issues, path + '/' + v1 + '/name', 'string', v20);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link DatasetListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDatasetListResponse(value) {
  return isDatasetListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDatasetListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isDatasetListArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.account_id;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.enable;
  if (v3 !== undefined) {
    if (typeof v3 !== 'boolean') return false;
  }
  const v4 = v0.name;
  if (v4 !== undefined) {
    if (typeof v4 !== 'string') return false;
  }
  const v5 = v0.page;
  if (v5 !== undefined) {
    if (!Number.isInteger(v5)) return false;
    if ((v5) < 1) return false;
  }
  const v6 = v0.per_page;
  if (v6 !== undefined) {
    if (!Number.isInteger(v6)) return false;
    if ((v6) < 1) return false;
    if ((v6) > 100) return false;
  }
  const v7 = v0.search;
  if (v7 !== undefined) {
    if (typeof v7 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetListArgs} is false. */
function explainDatasetListArgs(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.gateway_id;
    if (v1 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v1);
      } else {
        if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v1);
        }
        if (v1.length > 64 && codePoints(v1) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v1);
        }
      }
    }
    const v2 = v0.account_id;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/account_id', 'string', v2);
      }
    }
    const v3 = v0.enable;
    if (v3 !== undefined) {
      if (typeof v3 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v3);
      }
    }
    const v4 = v0.name;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        fail(issues, path + '/name', 'string', v4);
      }
    }
    const v5 = v0.page;
    if (v5 !== undefined) {
      if (!Number.isInteger(v5)) {
        fail(issues, path + '/page', 'integer', v5);
      } else {
        if ((v5) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v5, 'must be >= 1');
        }
      }
    }
    const v6 = v0.per_page;
    if (v6 !== undefined) {
      if (!Number.isInteger(v6)) {
        fail(issues, path + '/per_page', 'integer', v6);
      } else {
        if ((v6) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v6, 'must be >= 1');
        }
        if ((v6) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v6, 'must be <= 100');
        }
      }
    }
    const v7 = v0.search;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        fail(issues, path + '/search', 'string', v7);
      }
    }
  }
}

/** Whether `value` is a valid {@link DatasetUpdateResponse}: the same checks as {@link isDatasetCreateResponse}. */
function isDatasetUpdateResponse(value) {
  return isDatasetCreateResponse(value);
}

/** @internal The same checks as {@link explainDatasetCreateResponse}. */
function explainDatasetUpdateResponse(value, path, issues) {
  explainDatasetCreateResponse(value, path, issues);
}

/** Checks `value` against {@link DatasetUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDatasetUpdateResponse(value) {
  return isDatasetUpdateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDatasetUpdateResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isDatasetDeleteArgs}. */
function isDatasetUpdateArgs(value) {
  return isDatasetDeleteArgs(value);
}

/** @internal The same checks as {@link explainDatasetDeleteArgs}. */
function explainDatasetUpdateArgs(value, path, issues) {
  explainDatasetDeleteArgs(value, path, issues);
}


exports.isDatasetCreateResponse = isDatasetCreateResponse;
exports.explainDatasetCreateResponse = explainDatasetCreateResponse;
exports.validateDatasetCreateResponse = validateDatasetCreateResponse;
exports.isDatasetCreateArgs = isDatasetCreateArgs;
exports.explainDatasetCreateArgs = explainDatasetCreateArgs;
exports.isDatasetDeleteResponse = isDatasetDeleteResponse;
exports.explainDatasetDeleteResponse = explainDatasetDeleteResponse;
exports.validateDatasetDeleteResponse = validateDatasetDeleteResponse;
exports.isDatasetDeleteArgs = isDatasetDeleteArgs;
exports.explainDatasetDeleteArgs = explainDatasetDeleteArgs;
exports.isDatasetGetResponse = isDatasetGetResponse;
exports.explainDatasetGetResponse = explainDatasetGetResponse;
exports.validateDatasetGetResponse = validateDatasetGetResponse;
exports.isDatasetGetArgs = isDatasetGetArgs;
exports.explainDatasetGetArgs = explainDatasetGetArgs;
exports.isDatasetListResponse = isDatasetListResponse;
exports.explainDatasetListResponse = explainDatasetListResponse;
exports.validateDatasetListResponse = validateDatasetListResponse;
exports.isDatasetListArgs = isDatasetListArgs;
exports.explainDatasetListArgs = explainDatasetListArgs;
exports.isDatasetUpdateResponse = isDatasetUpdateResponse;
exports.explainDatasetUpdateResponse = explainDatasetUpdateResponse;
exports.validateDatasetUpdateResponse = validateDatasetUpdateResponse;
exports.isDatasetUpdateArgs = isDatasetUpdateArgs;
exports.explainDatasetUpdateArgs = explainDatasetUpdateArgs;
