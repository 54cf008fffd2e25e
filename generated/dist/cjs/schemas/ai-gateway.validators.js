'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues, fail, missing } = require('../core/validation.js');

/** Whether `value` is a valid {@link AigBillingCreateTopupResponse}. Fast: returns at the first problem. */
function isAigBillingCreateTopupResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingCreateTopupResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingCreateTopupResponse} is false. */
function explainAigBillingCreateTopupResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingCreateTopupResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingCreateTopupResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingCreateTopupResponse(value) {
  return isAigBillingCreateTopupResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingCreateTopupResponse) };
}

/** Whether `value` is a valid {@link AigBillingCreateTopupResult}. Fast: returns at the first problem. */
function isAigBillingCreateTopupResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.brand;
  if (v1 !== undefined) {
    if (typeof v1 !== 'string') return false;
  }
  const v2 = v0.client_secret;
  if (v2 === undefined) return false;
  if (v2 !== null) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.last4;
  if (v3 !== undefined) {
    if (typeof v3 !== 'string') return false;
  }
  const v4 = v0.onboarding;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'boolean') return false;
  const v5 = v0.payment_intent_id;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingCreateTopupResult} is false. */
function explainAigBillingCreateTopupResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.brand;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/brand', 'string', v1);
      }
    }
    const v2 = v0.client_secret;
    if (v2 === undefined) {
      missing(issues, path + '/client_secret', 'string or null');
    } else {
      if (v2 !== null) {
        if (typeof v2 !== 'string') {
          fail(issues, path + '/client_secret', 'string', v2);
        }
      }
    }
    const v3 = v0.last4;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/last4', 'string', v3);
      }
    }
    const v4 = v0.onboarding;
    if (v4 === undefined) {
      missing(issues, path + '/onboarding', 'boolean');
    } else {
      if (typeof v4 !== 'boolean') {
        fail(issues, path + '/onboarding', 'boolean', v4);
      }
    }
    const v5 = v0.payment_intent_id;
    if (v5 === undefined) {
      missing(issues, path + '/payment_intent_id', 'string');
    } else {
      if (typeof v5 !== 'string') {
        fail(issues, path + '/payment_intent_id', 'string', v5);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingCreateTopupResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingCreateTopupResult(value) {
  return isAigBillingCreateTopupResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingCreateTopupResult) };
}

/** Whether `value` is a valid {@link AigBillingDeleteSpendingLimitResponse}. Fast: returns at the first problem. */
function isAigBillingDeleteSpendingLimitResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingDeleteSpendingLimitResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteSpendingLimitResponse} is false. */
function explainAigBillingDeleteSpendingLimitResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingDeleteSpendingLimitResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingDeleteSpendingLimitResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingDeleteSpendingLimitResponse(value) {
  return isAigBillingDeleteSpendingLimitResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingDeleteSpendingLimitResponse) };
}

/** Whether `value` is a valid {@link AigBillingDeleteSpendingLimitResult}. Fast: returns at the first problem. */
function isAigBillingDeleteSpendingLimitResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteSpendingLimitResult} is false. */
function explainAigBillingDeleteSpendingLimitResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
  }
}

/** Checks `value` against {@link AigBillingDeleteSpendingLimitResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingDeleteSpendingLimitResult(value) {
  return isAigBillingDeleteSpendingLimitResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingDeleteSpendingLimitResult) };
}

/** Whether `value` is a valid {@link AigBillingDeleteTopupConfigResponse}. Fast: returns at the first problem. */
function isAigBillingDeleteTopupConfigResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingDeleteTopupConfigResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteTopupConfigResponse} is false. */
function explainAigBillingDeleteTopupConfigResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingDeleteTopupConfigResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingDeleteTopupConfigResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingDeleteTopupConfigResponse(value) {
  return isAigBillingDeleteTopupConfigResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingDeleteTopupConfigResponse) };
}

/** Whether `value` is a valid {@link AigBillingDeleteTopupConfigResult}: the same checks as {@link isAigBillingDeleteSpendingLimitResult}. */
function isAigBillingDeleteTopupConfigResult(value) {
  return isAigBillingDeleteSpendingLimitResult(value);
}

/** @internal The same checks as {@link explainAigBillingDeleteSpendingLimitResult}. */
function explainAigBillingDeleteTopupConfigResult(value, path, issues) {
  explainAigBillingDeleteSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link AigBillingDeleteTopupConfigResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingDeleteTopupConfigResult(value) {
  return isAigBillingDeleteTopupConfigResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingDeleteTopupConfigResult) };
}

/** Whether `value` is a valid {@link AigBillingGetCreditBalanceResponse}. Fast: returns at the first problem. */
function isAigBillingGetCreditBalanceResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingGetCreditBalanceResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetCreditBalanceResponse} is false. */
function explainAigBillingGetCreditBalanceResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingGetCreditBalanceResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetCreditBalanceResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetCreditBalanceResponse(value) {
  return isAigBillingGetCreditBalanceResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetCreditBalanceResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetCreditBalanceResult}. Fast: returns at the first problem. */
function isAigBillingGetCreditBalanceResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.balance;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'number' || !Number.isFinite(v1)) return false;
  const v2 = v0.first_topup_success;
  if (v2 !== undefined) {
    if (typeof v2 !== 'boolean') return false;
  }
  const v3 = v0.has_default_payment_method;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'boolean') return false;
  const v4 = v0.payment_method;
  if (v4 === undefined) return false;
  if (v4 !== null) {
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.brand;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') return false;
    }
    const v7 = v5.last4;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') return false;
    }
  }
  const v8 = v0.topup_config;
  if (v8 === undefined) return false;
  if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) return false;
  const v9 = v8;
  const v10 = v9.amount;
  if (v10 === undefined) return false;
  if (v10 !== null) {
    if (typeof v10 !== 'number' || !Number.isFinite(v10)) return false;
  }
  const v11 = v9.disabledReason;
  if (v11 === undefined) return false;
  if (v11 !== null) {
    if (typeof v11 !== 'string') return false;
  }
  const v12 = v9.error;
  if (v12 === undefined) return false;
  if (v12 !== null) {
    if (typeof v12 !== 'string') return false;
  }
  const v13 = v9.lastFailedAt;
  if (v13 === undefined) return false;
  if (v13 !== null) {
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
  }
  const v14 = v9.threshold;
  if (v14 === undefined) return false;
  if (v14 !== null) {
    if (typeof v14 !== 'number' || !Number.isFinite(v14)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetCreditBalanceResult} is false. */
function explainAigBillingGetCreditBalanceResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.balance;
    if (v1 === undefined) {
      missing(issues, path + '/balance', 'number');
    } else {
      if (typeof v1 !== 'number' || !Number.isFinite(v1)) {
        fail(issues, path + '/balance', 'number', v1);
      }
    }
    const v2 = v0.first_topup_success;
    if (v2 !== undefined) {
      if (typeof v2 !== 'boolean') {
        fail(issues, path + '/first_topup_success', 'boolean', v2);
      }
    }
    const v3 = v0.has_default_payment_method;
    if (v3 === undefined) {
      missing(issues, path + '/has_default_payment_method', 'boolean');
    } else {
      if (typeof v3 !== 'boolean') {
        fail(issues, path + '/has_default_payment_method', 'boolean', v3);
      }
    }
    const v4 = v0.payment_method;
    if (v4 === undefined) {
      missing(issues, path + '/payment_method', 'object or null');
    } else {
      if (v4 !== null) {
        if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
          fail(issues, path + '/payment_method', 'object', v4);
        } else {
          const v5 = v4;
          const v6 = v5.brand;
          if (v6 !== undefined) {
            if (typeof v6 !== 'string') {
              fail(issues, path + '/payment_method' + '/brand', 'string', v6);
            }
          }
          const v7 = v5.last4;
          if (v7 !== undefined) {
            if (typeof v7 !== 'string') {
              fail(issues, path + '/payment_method' + '/last4', 'string', v7);
            }
          }
        }
      }
    }
    const v8 = v0.topup_config;
    if (v8 === undefined) {
      missing(issues, path + '/topup_config', 'object');
    } else {
      if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) {
        fail(issues, path + '/topup_config', 'object', v8);
      } else {
        const v9 = v8;
        const v10 = v9.amount;
        if (v10 === undefined) {
          missing(issues, path + '/topup_config' + '/amount', 'number or null');
        } else {
          if (v10 !== null) {
            if (typeof v10 !== 'number' || !Number.isFinite(v10)) {
              fail(issues, path + '/topup_config' + '/amount', 'number', v10);
            }
          }
        }
        const v11 = v9.disabledReason;
        if (v11 === undefined) {
          missing(issues, path + '/topup_config' + '/disabledReason', 'string or null');
        } else {
          if (v11 !== null) {
            if (typeof v11 !== 'string') {
              fail(issues, path + '/topup_config' + '/disabledReason', 'string', v11);
            }
          }
        }
        const v12 = v9.error;
        if (v12 === undefined) {
          missing(issues, path + '/topup_config' + '/error', 'string or null');
        } else {
          if (v12 !== null) {
            if (typeof v12 !== 'string') {
              fail(issues, path + '/topup_config' + '/error', 'string', v12);
            }
          }
        }
        const v13 = v9.lastFailedAt;
        if (v13 === undefined) {
          missing(issues, path + '/topup_config' + '/lastFailedAt', 'number or null');
        } else {
          if (v13 !== null) {
            if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
              fail(issues, path + '/topup_config' + '/lastFailedAt', 'number', v13);
            }
          }
        }
        const v14 = v9.threshold;
        if (v14 === undefined) {
          missing(issues, path + '/topup_config' + '/threshold', 'number or null');
        } else {
          if (v14 !== null) {
            if (typeof v14 !== 'number' || !Number.isFinite(v14)) {
              fail(issues, path + '/topup_config' + '/threshold', 'number', v14);
            }
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetCreditBalanceResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetCreditBalanceResult(value) {
  return isAigBillingGetCreditBalanceResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetCreditBalanceResult) };
}

/** Whether `value` is a valid {@link AigBillingGetInvoiceHistoryResponse}. Fast: returns at the first problem. */
function isAigBillingGetInvoiceHistoryResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingGetInvoiceHistoryResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoiceHistoryResponse} is false. */
function explainAigBillingGetInvoiceHistoryResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingGetInvoiceHistoryResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetInvoiceHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetInvoiceHistoryResponse(value) {
  return isAigBillingGetInvoiceHistoryResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetInvoiceHistoryResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetInvoiceHistoryResult}. Fast: returns at the first problem. */
function isAigBillingGetInvoiceHistoryResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.invoices;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.amount_due;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.amount_paid;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'number' || !Number.isFinite(v7)) return false;
    const v8 = v5.amount_remaining;
    if (v8 === undefined) return false;
    if (typeof v8 !== 'number' || !Number.isFinite(v8)) return false;
    const v9 = v5.attempt_count;
    if (v9 !== undefined) {
      if (typeof v9 !== 'number' || !Number.isFinite(v9)) return false;
    }
    const v10 = v5.attempted;
    if (v10 !== undefined) {
      if (typeof v10 !== 'boolean') return false;
    }
    const v11 = v5.auto_advance;
    if (v11 !== undefined) {
      if (v11 !== null) {
        if (typeof v11 !== 'boolean') return false;
      }
    }
    const v12 = v5.created;
    if (v12 !== undefined) {
      if (typeof v12 !== 'number' || !Number.isFinite(v12)) return false;
    }
    const v13 = v5.created_by;
    if (v13 !== undefined) {
      if (typeof v13 !== 'string') return false;
    }
    const v14 = v5.currency;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
    const v15 = v5.description;
    if (v15 !== undefined) {
      if (v15 !== null) {
        if (typeof v15 !== 'string') return false;
      }
    }
    const v16 = v5.id;
    if (v16 !== undefined) {
      if (v16 !== null) {
        if (typeof v16 !== 'string') return false;
      }
    }
    const v17 = v5.invoice_origin;
    if (v17 !== undefined) {
      if (typeof v17 !== 'string') return false;
    }
    const v18 = v5.invoice_pdf;
    if (v18 !== undefined) {
      if (v18 !== null) {
        if (typeof v18 !== 'string') return false;
      }
    }
    const v19 = v5.status;
    if (v19 !== undefined) {
      if (v19 !== null) {
        if (typeof v19 !== 'string') return false;
      }
    }
  }
  const v20 = v0.pagination;
  if (v20 === undefined) return false;
  if (typeof v20 !== 'object' || v20 === null || Array.isArray(v20)) return false;
  const v21 = v20;
  const v22 = v21.has_more;
  if (v22 === undefined) return false;
  if (typeof v22 !== 'boolean') return false;
  const v23 = v21.page;
  if (v23 === undefined) return false;
  if (typeof v23 !== 'number' || !Number.isFinite(v23)) return false;
  const v24 = v21.per_page;
  if (v24 === undefined) return false;
  if (typeof v24 !== 'number' || !Number.isFinite(v24)) return false;
  const v25 = v21.total_count;
  if (v25 === undefined) return false;
  if (typeof v25 !== 'number' || !Number.isFinite(v25)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoiceHistoryResult} is false. */
function explainAigBillingGetInvoiceHistoryResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.invoices;
    if (v1 === undefined) {
      missing(issues, path + '/invoices', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/invoices', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/invoices' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.amount_due;
            if (v6 === undefined) {
              missing(issues, path + '/invoices' + '/' + v3 + '/amount_due', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/invoices' + '/' + v3 + '/amount_due', 'number', v6);
              }
            }
            const v7 = v5.amount_paid;
            if (v7 === undefined) {
              missing(issues, path + '/invoices' + '/' + v3 + '/amount_paid', 'number');
            } else {
              if (typeof v7 !== 'number' || !Number.isFinite(v7)) {
                fail(issues, path + '/invoices' + '/' + v3 + '/amount_paid', 'number', v7);
              }
            }
            const v8 = v5.amount_remaining;
            if (v8 === undefined) {
              missing(issues, path + '/invoices' + '/' + v3 + '/amount_remaining', 'number');
            } else {
              if (typeof v8 !== 'number' || !Number.isFinite(v8)) {
                fail(issues, path + '/invoices' + '/' + v3 + '/amount_remaining', 'number', v8);
              }
            }
            const v9 = v5.attempt_count;
            if (v9 !== undefined) {
              if (typeof v9 !== 'number' || !Number.isFinite(v9)) {
                fail(issues, path + '/invoices' + '/' + v3 + '/attempt_count', 'number', v9);
              }
            }
            const v10 = v5.attempted;
            if (v10 !== undefined) {
              if (typeof v10 !== 'boolean') {
                fail(issues, path + '/invoices' + '/' + v3 + '/attempted', 'boolean', v10);
              }
            }
            const v11 = v5.auto_advance;
            if (v11 !== undefined) {
              if (v11 !== null) {
                if (typeof v11 !== 'boolean') {
                  fail(issues, path + '/invoices' + '/' + v3 + '/auto_advance', 'boolean', v11);
                }
              }
            }
            const v12 = v5.created;
            if (v12 !== undefined) {
              if (typeof v12 !== 'number' || !Number.isFinite(v12)) {
                fail(issues, path + '/invoices' + '/' + v3 + '/created', 'number', v12);
              }
            }
            const v13 = v5.created_by;
            if (v13 !== undefined) {
              if (typeof v13 !== 'string') {
                fail(issues, path + '/invoices' + '/' + v3 + '/created_by', 'string', v13);
              }
            }
            const v14 = v5.currency;
            if (v14 === undefined) {
              missing(issues, path + '/invoices' + '/' + v3 + '/currency', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/invoices' + '/' + v3 + '/currency', 'string', v14);
              }
            }
            const v15 = v5.description;
            if (v15 !== undefined) {
              if (v15 !== null) {
                if (typeof v15 !== 'string') {
                  fail(issues, path + '/invoices' + '/' + v3 + '/description', 'string', v15);
                }
              }
            }
            const v16 = v5.id;
            if (v16 !== undefined) {
              if (v16 !== null) {
                if (typeof v16 !== 'string') {
                  fail(issues, path + '/invoices' + '/' + v3 + '/id', 'string', v16);
                }
              }
            }
            const v17 = v5.invoice_origin;
            if (v17 !== undefined) {
              if (typeof v17 !== 'string') {
                fail(issues, path + '/invoices' + '/' + v3 + '/invoice_origin', 'string', v17);
              }
            }
            const v18 = v5.invoice_pdf;
            if (v18 !== undefined) {
              if (v18 !== null) {
                if (typeof v18 !== 'string') {
                  fail(issues, path + '/invoices' + '/' + v3 + '/invoice_pdf', 'string', v18);
                }
              }
            }
            const v19 = v5.status;
            if (v19 !== undefined) {
              if (v19 !== null) {
                if (typeof v19 !== 'string') {
                  fail(issues, path + '/invoices' + '/' + v3 + '/status', 'string', v19);
                }
              }
            }
          }
        }
      }
    }
    const v20 = v0.pagination;
    if (v20 === undefined) {
      missing(issues, path + '/pagination', 'object');
    } else {
      if (typeof v20 !== 'object' || v20 === null || Array.isArray(v20)) {
        fail(issues, path + '/pagination', 'object', v20);
      } else {
        const v21 = v20;
        const v22 = v21.has_more;
        if (v22 === undefined) {
          missing(issues, path + '/pagination' + '/has_more', 'boolean');
        } else {
          if (typeof v22 !== 'boolean') {
            fail(issues, path + '/pagination' + '/has_more', 'boolean', v22);
          }
        }
        const v23 = v21.page;
        if (v23 === undefined) {
          missing(issues, path + '/pagination' + '/page', 'number');
        } else {
          if (typeof v23 !== 'number' || !Number.isFinite(v23)) {
            fail(issues, path + '/pagination' + '/page', 'number', v23);
          }
        }
        const v24 = v21.per_page;
        if (v24 === undefined) {
          missing(issues, path + '/pagination' + '/per_page', 'number');
        } else {
          if (typeof v24 !== 'number' || !Number.isFinite(v24)) {
            fail(issues, path + '/pagination' + '/per_page', 'number', v24);
          }
        }
        const v25 = v21.total_count;
        if (v25 === undefined) {
          missing(issues, path + '/pagination' + '/total_count', 'number');
        } else {
          if (typeof v25 !== 'number' || !Number.isFinite(v25)) {
            fail(issues, path + '/pagination' + '/total_count', 'number', v25);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetInvoiceHistoryResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetInvoiceHistoryResult(value) {
  return isAigBillingGetInvoiceHistoryResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetInvoiceHistoryResult) };
}

/** Whether `value` is a valid {@link AigBillingGetInvoicePreviewResponse}. Fast: returns at the first problem. */
function isAigBillingGetInvoicePreviewResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingGetInvoicePreviewResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoicePreviewResponse} is false. */
function explainAigBillingGetInvoicePreviewResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingGetInvoicePreviewResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetInvoicePreviewResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetInvoicePreviewResponse(value) {
  return isAigBillingGetInvoicePreviewResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetInvoicePreviewResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetInvoicePreviewResult}. Fast: returns at the first problem. */
function isAigBillingGetInvoicePreviewResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.amount_due;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'number' || !Number.isFinite(v1)) return false;
  const v2 = v0.amount_paid;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'number' || !Number.isFinite(v2)) return false;
  const v3 = v0.amount_remaining;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'number' || !Number.isFinite(v3)) return false;
  const v4 = v0.currency;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'string') return false;
  const v5 = v0.id;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  const v6 = v0.invoice_lines;
  if (v6 === undefined) return false;
  if (!Array.isArray(v6)) return false;
  const v7 = v6;
  for (let v8 = 0; v8 < v7.length; v8++) {
    const v9 = v7[v8];
    if (typeof v9 !== 'object' || v9 === null || Array.isArray(v9)) return false;
    const v10 = v9;
    const v11 = v10.amount;
    if (v11 === undefined) return false;
    if (typeof v11 !== 'number' || !Number.isFinite(v11)) return false;
    const v12 = v10.currency;
    if (v12 === undefined) return false;
    if (typeof v12 !== 'string') return false;
    const v13 = v10.description;
    if (v13 === undefined) return false;
    if (v13 !== null) {
      if (typeof v13 !== 'string') return false;
    }
    const v14 = v10.period;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'object' || v14 === null || Array.isArray(v14)) return false;
    const v15 = v14;
    const v16 = v15.end;
    if (v16 === undefined) return false;
    if (typeof v16 !== 'number' || !Number.isFinite(v16)) return false;
    const v17 = v15.start;
    if (v17 === undefined) return false;
    if (typeof v17 !== 'number' || !Number.isFinite(v17)) return false;
    const v18 = v10.pretax_credit_amounts;
    if (v18 !== undefined) {
      if (!Array.isArray(v18)) return false;
      const v19 = v18;
      for (let v20 = 0; v20 < v19.length; v20++) {
        const v21 = v19[v20];
        if (typeof v21 !== 'object' || v21 === null || Array.isArray(v21)) return false;
        const v22 = v21;
        const v23 = v22.amount;
        if (v23 === undefined) return false;
        if (typeof v23 !== 'number' || !Number.isFinite(v23)) return false;
        const v24 = v22.credit_balance_transaction;
        if (v24 !== undefined) {
          if (v24 !== null) {
            if (typeof v24 !== 'string') return false;
          }
        }
        const v25 = v22.discount;
        if (v25 !== undefined) {
          if (v25 !== null) {
            if (typeof v25 !== 'string') return false;
          }
        }
        const v26 = v22.type;
        if (v26 === undefined) return false;
        if (typeof v26 !== 'string') return false;
      }
    }
    const v27 = v10.pricing;
    if (v27 === undefined) return false;
    if (typeof v27 !== 'object' || v27 === null || Array.isArray(v27)) return false;
    const v28 = v27;
    const v29 = v28.unit_amount_decimal;
    if (v29 === undefined) return false;
    if (v29 !== null) {
      if (typeof v29 !== 'string') return false;
    }
    const v30 = v10.quantity;
    if (v30 === undefined) return false;
    if (typeof v30 !== 'number' || !Number.isFinite(v30)) return false;
  }
  const v31 = v0.period_end;
  if (v31 === undefined) return false;
  if (typeof v31 !== 'number' || !Number.isFinite(v31)) return false;
  const v32 = v0.period_start;
  if (v32 === undefined) return false;
  if (typeof v32 !== 'number' || !Number.isFinite(v32)) return false;
  const v33 = v0.status;
  if (v33 === undefined) return false;
  if (!(v33 === 'draft' || v33 === 'open' || v33 === 'paid' || v33 === 'uncollectible' || v33 === 'void')) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoicePreviewResult} is false. */
function explainAigBillingGetInvoicePreviewResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.amount_due;
    if (v1 === undefined) {
      missing(issues, path + '/amount_due', 'number');
    } else {
      if (typeof v1 !== 'number' || !Number.isFinite(v1)) {
        fail(issues, path + '/amount_due', 'number', v1);
      }
    }
    const v2 = v0.amount_paid;
    if (v2 === undefined) {
      missing(issues, path + '/amount_paid', 'number');
    } else {
      if (typeof v2 !== 'number' || !Number.isFinite(v2)) {
        fail(issues, path + '/amount_paid', 'number', v2);
      }
    }
    const v3 = v0.amount_remaining;
    if (v3 === undefined) {
      missing(issues, path + '/amount_remaining', 'number');
    } else {
      if (typeof v3 !== 'number' || !Number.isFinite(v3)) {
        fail(issues, path + '/amount_remaining', 'number', v3);
      }
    }
    const v4 = v0.currency;
    if (v4 === undefined) {
      missing(issues, path + '/currency', 'string');
    } else {
      if (typeof v4 !== 'string') {
        fail(issues, path + '/currency', 'string', v4);
      }
    }
    const v5 = v0.id;
    if (v5 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v5 !== 'string') {
        fail(issues, path + '/id', 'string', v5);
      }
    }
    const v6 = v0.invoice_lines;
    if (v6 === undefined) {
      missing(issues, path + '/invoice_lines', 'array');
    } else {
      if (!Array.isArray(v6)) {
        fail(issues, path + '/invoice_lines', 'array', v6);
      } else {
        const v7 = v6;
        for (let v8 = 0; v8 < v7.length; v8++) {
          const v9 = v7[v8];
          if (typeof v9 !== 'object' || v9 === null || Array.isArray(v9)) {
            fail(issues, path + '/invoice_lines' + '/' + v8, 'object', v9);
          } else {
            const v10 = v9;
            const v11 = v10.amount;
            if (v11 === undefined) {
              missing(issues, path + '/invoice_lines' + '/' + v8 + '/amount', 'number');
            } else {
              if (typeof v11 !== 'number' || !Number.isFinite(v11)) {
                fail(issues, path + '/invoice_lines' + '/' + v8 + '/amount', 'number', v11);
              }
            }
            const v12 = v10.currency;
            if (v12 === undefined) {
              missing(issues, path + '/invoice_lines' + '/' + v8 + '/currency', 'string');
            } else {
              if (typeof v12 !== 'string') {
                fail(issues, path + '/invoice_lines' + '/' + v8 + '/currency', 'string', v12);
              }
            }
            const v13 = v10.description;
            if (v13 === undefined) {
              missing(issues, path + '/invoice_lines' + '/' + v8 + '/description', 'string or null');
            } else {
              if (v13 !== null) {
                if (typeof v13 !== 'string') {
                  fail(issues, path + '/invoice_lines' + '/' + v8 + '/description', 'string', v13);
                }
              }
            }
            const v14 = v10.period;
            if (v14 === undefined) {
              missing(issues, path + '/invoice_lines' + '/' + v8 + '/period', 'object');
            } else {
              if (typeof v14 !== 'object' || v14 === null || Array.isArray(v14)) {
                fail(issues, path + '/invoice_lines' + '/' + v8 + '/period', 'object', v14);
              } else {
                const v15 = v14;
                const v16 = v15.end;
                if (v16 === undefined) {
                  missing(issues, path + '/invoice_lines' + '/' + v8 + '/period' + '/end', 'number');
                } else {
                  if (typeof v16 !== 'number' || !Number.isFinite(v16)) {
                    fail(issues, path + '/invoice_lines' + '/' + v8 + '/period' + '/end', 'number', v16);
                  }
                }
                const v17 = v15.start;
                if (v17 === undefined) {
                  missing(issues, path + '/invoice_lines' + '/' + v8 + '/period' + '/start', 'number');
                } else {
                  if (typeof v17 !== 'number' || !Number.isFinite(v17)) {
                    fail(issues, path + '/invoice_lines' + '/' + v8 + '/period' + '/start', 'number', v17);
                  }
                }
              }
            }
            const v18 = v10.pretax_credit_amounts;
            if (v18 !== undefined) {
              if (!Array.isArray(v18)) {
                fail(issues, path + '/invoice_lines' + '/' + v8 + '/pretax_credit_amounts', 'array', v18);
              } else {
                const v19 = v18;
                for (let v20 = 0; v20 < v19.length; v20++) {
                  const v21 = v19[v20];
                  if (typeof v21 !== 'object' || v21 === null || Array.isArray(v21)) {
                    fail(issues, path + '/invoice_lines' + '/' + v8 + '/pretax_credit_amounts' + '/' + v20, 'object', v21);
                  } else {
                    const v22 = v21;
                    const v23 = v22.amount;
                    if (v23 === undefined) {
                      missing(issues, path + '/invoice_lines' + '/' + v8 + '/pretax_credit_amounts' + '/' + v20 + '/amount', 'number');
                    } else {
                      if (typeof v23 !== 'number' || !Number.isFinite(v23)) {
                        fail(issues, path + '/invoice_lines' + '/' + v8 + '/pretax_credit_amounts' + '/' + v20 + '/amount', 'number', v23);
                      }
                    }
                    const v24 = v22.credit_balance_transaction;
                    if (v24 !== undefined) {
                      if (v24 !== null) {
                        if (typeof v24 !== 'string') {
                          fail(issues, path + '/invoice_lines' + '/' + v8 + '/pretax_credit_amounts' + '/' + v20 + '/credit_balance_transaction', 'string', v24);
                        }
                      }
                    }
                    const v25 = v22.discount;
                    if (v25 !== undefined) {
                      if (v25 !== null) {
                        if (typeof v25 !== 'string') {
                          fail(issues, path + '/invoice_lines' + '/' + v8 + '/pretax_credit_amounts' + '/' + v20 + '/discount', 'string', v25);
                        }
                      }
                    }
                    const v26 = v22.type;
                    if (v26 === undefined) {
                      missing(issues, path + '/invoice_lines' + '/' + v8 + '/pretax_credit_amounts' + '/' + v20 + '/type', 'string');
                    } else {
                      if (typeof v26 !== 'string') {
                        fail(issues, path + '/invoice_lines' + '/' + v8 + '/pretax_credit_amounts' + '/' + v20 + '/type', 'string', v26);
                      }
                    }
                  }
                }
              }
            }
            const v27 = v10.pricing;
            if (v27 === undefined) {
              missing(issues, path + '/invoice_lines' + '/' + v8 + '/pricing', 'object');
            } else {
              if (typeof v27 !== 'object' || v27 === null || Array.isArray(v27)) {
                fail(issues, path + '/invoice_lines' + '/' + v8 + '/pricing', 'object', v27);
              } else {
                const v28 = v27;
                const v29 = v28.unit_amount_decimal;
                if (v29 === undefined) {
                  missing(issues, path + '/invoice_lines' + '/' + v8 + '/pricing' + '/unit_amount_decimal', 'string or null');
                } else {
                  if (v29 !== null) {
                    if (typeof v29 !== 'string') {
                      fail(issues, path + '/invoice_lines' + '/' + v8 + '/pricing' + '/unit_amount_decimal', 'string', v29);
                    }
                  }
                }
              }
            }
            const v30 = v10.quantity;
            if (v30 === undefined) {
              missing(issues, path + '/invoice_lines' + '/' + v8 + '/quantity', 'number');
            } else {
              if (typeof v30 !== 'number' || !Number.isFinite(v30)) {
                fail(issues, path + '/invoice_lines' + '/' + v8 + '/quantity', 'number', v30);
              }
            }
          }
        }
      }
    }
    const v31 = v0.period_end;
    if (v31 === undefined) {
      missing(issues, path + '/period_end', 'number');
    } else {
      if (typeof v31 !== 'number' || !Number.isFinite(v31)) {
        fail(issues, path + '/period_end', 'number', v31);
      }
    }
    const v32 = v0.period_start;
    if (v32 === undefined) {
      missing(issues, path + '/period_start', 'number');
    } else {
      if (typeof v32 !== 'number' || !Number.isFinite(v32)) {
        fail(issues, path + '/period_start', 'number', v32);
      }
    }
    const v33 = v0.status;
    if (v33 === undefined) {
      missing(issues, path + '/status', 'enum');
    } else {
      if (!(v33 === 'draft' || v33 === 'open' || v33 === 'paid' || v33 === 'uncollectible' || v33 === 'void')) {
        fail(issues, path + '/status', 'one of "draft", "open", "paid", "uncollectible", "void"', v33);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetInvoicePreviewResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetInvoicePreviewResult(value) {
  return isAigBillingGetInvoicePreviewResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetInvoicePreviewResult) };
}

/** Whether `value` is a valid {@link AigBillingGetSpendingLimitResponse}. Fast: returns at the first problem. */
function isAigBillingGetSpendingLimitResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingGetSpendingLimitResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetSpendingLimitResponse} is false. */
function explainAigBillingGetSpendingLimitResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingGetSpendingLimitResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetSpendingLimitResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetSpendingLimitResponse(value) {
  return isAigBillingGetSpendingLimitResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetSpendingLimitResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetSpendingLimitResult}. Fast: returns at the first problem. */
function isAigBillingGetSpendingLimitResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.config;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) return false;
  const v2 = v1;
  const v3 = v2.amount;
  if (v3 === undefined) return false;
  if (v3 !== null) {
    if (typeof v3 !== 'number' || !Number.isFinite(v3)) return false;
  }
  const v4 = v2.duration;
  if (v4 === undefined) return false;
  if (v4 !== null) {
    if (typeof v4 !== 'string') return false;
  }
  const v5 = v2.strategy;
  if (v5 === undefined) return false;
  if (v5 !== null) {
    if (typeof v5 !== 'string') return false;
  }
  const v6 = v0.enabled;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'boolean') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetSpendingLimitResult} is false. */
function explainAigBillingGetSpendingLimitResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.config;
    if (v1 === undefined) {
      missing(issues, path + '/config', 'object');
    } else {
      if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) {
        fail(issues, path + '/config', 'object', v1);
      } else {
        const v2 = v1;
        const v3 = v2.amount;
        if (v3 === undefined) {
          missing(issues, path + '/config' + '/amount', 'number or null');
        } else {
          if (v3 !== null) {
            if (typeof v3 !== 'number' || !Number.isFinite(v3)) {
              fail(issues, path + '/config' + '/amount', 'number', v3);
            }
          }
        }
        const v4 = v2.duration;
        if (v4 === undefined) {
          missing(issues, path + '/config' + '/duration', 'string or null');
        } else {
          if (v4 !== null) {
            if (typeof v4 !== 'string') {
              fail(issues, path + '/config' + '/duration', 'string', v4);
            }
          }
        }
        const v5 = v2.strategy;
        if (v5 === undefined) {
          missing(issues, path + '/config' + '/strategy', 'string or null');
        } else {
          if (v5 !== null) {
            if (typeof v5 !== 'string') {
              fail(issues, path + '/config' + '/strategy', 'string', v5);
            }
          }
        }
      }
    }
    const v6 = v0.enabled;
    if (v6 === undefined) {
      missing(issues, path + '/enabled', 'boolean');
    } else {
      if (typeof v6 !== 'boolean') {
        fail(issues, path + '/enabled', 'boolean', v6);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetSpendingLimitResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetSpendingLimitResult(value) {
  return isAigBillingGetSpendingLimitResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetSpendingLimitResult) };
}

/** Whether `value` is a valid {@link AigBillingGetTopupConfigResponse}. Fast: returns at the first problem. */
function isAigBillingGetTopupConfigResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingGetTopupConfigResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupConfigResponse} is false. */
function explainAigBillingGetTopupConfigResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingGetTopupConfigResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetTopupConfigResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetTopupConfigResponse(value) {
  return isAigBillingGetTopupConfigResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetTopupConfigResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetTopupConfigResult}. Fast: returns at the first problem. */
function isAigBillingGetTopupConfigResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.amount;
  if (v1 === undefined) return false;
  if (v1 !== null) {
    if (typeof v1 !== 'number' || !Number.isFinite(v1)) return false;
  }
  const v2 = v0.disabledReason;
  if (v2 === undefined) return false;
  if (v2 !== null) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.error;
  if (v3 === undefined) return false;
  if (v3 !== null) {
    if (typeof v3 !== 'string') return false;
  }
  const v4 = v0.lastFailedAt;
  if (v4 === undefined) return false;
  if (v4 !== null) {
    if (typeof v4 !== 'number' || !Number.isFinite(v4)) return false;
  }
  const v5 = v0.threshold;
  if (v5 === undefined) return false;
  if (v5 !== null) {
    if (typeof v5 !== 'number' || !Number.isFinite(v5)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupConfigResult} is false. */
function explainAigBillingGetTopupConfigResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.amount;
    if (v1 === undefined) {
      missing(issues, path + '/amount', 'number or null');
    } else {
      if (v1 !== null) {
        if (typeof v1 !== 'number' || !Number.isFinite(v1)) {
          fail(issues, path + '/amount', 'number', v1);
        }
      }
    }
    const v2 = v0.disabledReason;
    if (v2 === undefined) {
      missing(issues, path + '/disabledReason', 'string or null');
    } else {
      if (v2 !== null) {
        if (typeof v2 !== 'string') {
          fail(issues, path + '/disabledReason', 'string', v2);
        }
      }
    }
    const v3 = v0.error;
    if (v3 === undefined) {
      missing(issues, path + '/error', 'string or null');
    } else {
      if (v3 !== null) {
        if (typeof v3 !== 'string') {
          fail(issues, path + '/error', 'string', v3);
        }
      }
    }
    const v4 = v0.lastFailedAt;
    if (v4 === undefined) {
      missing(issues, path + '/lastFailedAt', 'number or null');
    } else {
      if (v4 !== null) {
        if (typeof v4 !== 'number' || !Number.isFinite(v4)) {
          fail(issues, path + '/lastFailedAt', 'number', v4);
        }
      }
    }
    const v5 = v0.threshold;
    if (v5 === undefined) {
      missing(issues, path + '/threshold', 'number or null');
    } else {
      if (v5 !== null) {
        if (typeof v5 !== 'number' || !Number.isFinite(v5)) {
          fail(issues, path + '/threshold', 'number', v5);
        }
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetTopupConfigResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetTopupConfigResult(value) {
  return isAigBillingGetTopupConfigResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetTopupConfigResult) };
}

/** Whether `value` is a valid {@link AigBillingGetTopupLimitsResponse}. Fast: returns at the first problem. */
function isAigBillingGetTopupLimitsResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingGetTopupLimitsResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupLimitsResponse} is false. */
function explainAigBillingGetTopupLimitsResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingGetTopupLimitsResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetTopupLimitsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetTopupLimitsResponse(value) {
  return isAigBillingGetTopupLimitsResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetTopupLimitsResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetTopupLimitsResult}. Fast: returns at the first problem. */
function isAigBillingGetTopupLimitsResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.currency;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.max_cents;
  if (v2 === undefined) return false;
  if (!Number.isInteger(v2)) return false;
  const v3 = v0.min_cents;
  if (v3 === undefined) return false;
  if (!Number.isInteger(v3)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupLimitsResult} is false. */
function explainAigBillingGetTopupLimitsResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.currency;
    if (v1 === undefined) {
      missing(issues, path + '/currency', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/currency', 'string', v1);
      }
    }
    const v2 = v0.max_cents;
    if (v2 === undefined) {
      missing(issues, path + '/max_cents', 'integer');
    } else {
      if (!Number.isInteger(v2)) {
        fail(issues, path + '/max_cents', 'integer', v2);
      }
    }
    const v3 = v0.min_cents;
    if (v3 === undefined) {
      missing(issues, path + '/min_cents', 'integer');
    } else {
      if (!Number.isInteger(v3)) {
        fail(issues, path + '/min_cents', 'integer', v3);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetTopupLimitsResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetTopupLimitsResult(value) {
  return isAigBillingGetTopupLimitsResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetTopupLimitsResult) };
}

/** Whether `value` is a valid {@link AigBillingGetUsageHistoryResponse}. Fast: returns at the first problem. */
function isAigBillingGetUsageHistoryResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingGetUsageHistoryResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetUsageHistoryResponse} is false. */
function explainAigBillingGetUsageHistoryResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingGetUsageHistoryResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetUsageHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetUsageHistoryResponse(value) {
  return isAigBillingGetUsageHistoryResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetUsageHistoryResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetUsageHistoryResult}. Fast: returns at the first problem. */
function isAigBillingGetUsageHistoryResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.history;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.aggregated_value;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.end_time;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'number' || !Number.isFinite(v7)) return false;
    const v8 = v5.id;
    if (v8 === undefined) return false;
    if (typeof v8 !== 'string') return false;
    const v9 = v5.start_time;
    if (v9 === undefined) return false;
    if (typeof v9 !== 'number' || !Number.isFinite(v9)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetUsageHistoryResult} is false. */
function explainAigBillingGetUsageHistoryResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.history;
    if (v1 === undefined) {
      missing(issues, path + '/history', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/history', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/history' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.aggregated_value;
            if (v6 === undefined) {
              missing(issues, path + '/history' + '/' + v3 + '/aggregated_value', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/history' + '/' + v3 + '/aggregated_value', 'number', v6);
              }
            }
            const v7 = v5.end_time;
            if (v7 === undefined) {
              missing(issues, path + '/history' + '/' + v3 + '/end_time', 'number');
            } else {
              if (typeof v7 !== 'number' || !Number.isFinite(v7)) {
                fail(issues, path + '/history' + '/' + v3 + '/end_time', 'number', v7);
              }
            }
            const v8 = v5.id;
            if (v8 === undefined) {
              missing(issues, path + '/history' + '/' + v3 + '/id', 'string');
            } else {
              if (typeof v8 !== 'string') {
                fail(issues, path + '/history' + '/' + v3 + '/id', 'string', v8);
              }
            }
            const v9 = v5.start_time;
            if (v9 === undefined) {
              missing(issues, path + '/history' + '/' + v3 + '/start_time', 'number');
            } else {
              if (typeof v9 !== 'number' || !Number.isFinite(v9)) {
                fail(issues, path + '/history' + '/' + v3 + '/start_time', 'number', v9);
              }
            }
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetUsageHistoryResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingGetUsageHistoryResult(value) {
  return isAigBillingGetUsageHistoryResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingGetUsageHistoryResult) };
}

/** Whether `value` is a valid {@link AigBillingSetSpendingLimitResponse}. Fast: returns at the first problem. */
function isAigBillingSetSpendingLimitResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingSetSpendingLimitResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetSpendingLimitResponse} is false. */
function explainAigBillingSetSpendingLimitResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingSetSpendingLimitResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingSetSpendingLimitResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingSetSpendingLimitResponse(value) {
  return isAigBillingSetSpendingLimitResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingSetSpendingLimitResponse) };
}

/** Whether `value` is a valid {@link AigBillingSetSpendingLimitResult}: the same checks as {@link isAigBillingDeleteSpendingLimitResult}. */
function isAigBillingSetSpendingLimitResult(value) {
  return isAigBillingDeleteSpendingLimitResult(value);
}

/** @internal The same checks as {@link explainAigBillingDeleteSpendingLimitResult}. */
function explainAigBillingSetSpendingLimitResult(value, path, issues) {
  explainAigBillingDeleteSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link AigBillingSetSpendingLimitResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingSetSpendingLimitResult(value) {
  return isAigBillingSetSpendingLimitResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingSetSpendingLimitResult) };
}

/** Whether `value` is a valid {@link AigBillingSetTopupConfigResponse}. Fast: returns at the first problem. */
function isAigBillingSetTopupConfigResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingSetTopupConfigResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetTopupConfigResponse} is false. */
function explainAigBillingSetTopupConfigResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingSetTopupConfigResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingSetTopupConfigResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingSetTopupConfigResponse(value) {
  return isAigBillingSetTopupConfigResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingSetTopupConfigResponse) };
}

/** Whether `value` is a valid {@link AigBillingSetTopupConfigResult}. Fast: returns at the first problem. */
function isAigBillingSetTopupConfigResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.amount;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'number' || !Number.isFinite(v1)) return false;
  const v2 = v0.threshold;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'number' || !Number.isFinite(v2)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetTopupConfigResult} is false. */
function explainAigBillingSetTopupConfigResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.amount;
    if (v1 === undefined) {
      missing(issues, path + '/amount', 'number');
    } else {
      if (typeof v1 !== 'number' || !Number.isFinite(v1)) {
        fail(issues, path + '/amount', 'number', v1);
      }
    }
    const v2 = v0.threshold;
    if (v2 === undefined) {
      missing(issues, path + '/threshold', 'number');
    } else {
      if (typeof v2 !== 'number' || !Number.isFinite(v2)) {
        fail(issues, path + '/threshold', 'number', v2);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingSetTopupConfigResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingSetTopupConfigResult(value) {
  return isAigBillingSetTopupConfigResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingSetTopupConfigResult) };
}

/** Whether `value` is a valid {@link AigBillingTopupStatusResponse}. Fast: returns at the first problem. */
function isAigBillingTopupStatusResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingTopupStatusResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingTopupStatusResponse} is false. */
function explainAigBillingTopupStatusResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.messages;
    if (v8 === undefined) {
      missing(issues, path + '/messages', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/messages', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) {
            fail(issues, path + '/messages' + '/' + v10, 'object', v11);
          } else {
            const v12 = v11;
            const v13 = v12.code;
            if (v13 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/code', 'number');
            } else {
              if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
                fail(issues, path + '/messages' + '/' + v10 + '/code', 'number', v13);
              }
            }
            const v14 = v12.message;
            if (v14 === undefined) {
              missing(issues, path + '/messages' + '/' + v10 + '/message', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/messages' + '/' + v10 + '/message', 'string', v14);
              }
            }
          }
        }
      }
    }
    const v15 = v0.result;
    if (v15 === undefined) {
      missing(issues, path + '/result', 'a value');
    } else {
      explainAigBillingTopupStatusResult(v15, path + '/result', issues);
    }
    const v16 = v0.result_info;
    if (v16 !== undefined) {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/result_info', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.has_more;
        if (v18 === undefined) {
          missing(issues, path + '/result_info' + '/has_more', 'boolean');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v18);
          }
        }
        const v19 = v17.page;
        if (v19 === undefined) {
          missing(issues, path + '/result_info' + '/page', 'number');
        } else {
          if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
            fail(issues, path + '/result_info' + '/page', 'number', v19);
          }
        }
        const v20 = v17.per_page;
        if (v20 === undefined) {
          missing(issues, path + '/result_info' + '/per_page', 'number');
        } else {
          if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v20);
          }
        }
        const v21 = v17.total_count;
        if (v21 === undefined) {
          missing(issues, path + '/result_info' + '/total_count', 'number');
        } else {
          if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v21);
          }
        }
      }
    }
    const v22 = v0.success;
    if (v22 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v22 === true)) {
        fail(issues, path + '/success', 'one of true', v22);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingTopupStatusResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingTopupStatusResponse(value) {
  return isAigBillingTopupStatusResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingTopupStatusResponse) };
}

/** Whether `value` is a valid {@link AigBillingTopupStatusResult}. Fast: returns at the first problem. */
function isAigBillingTopupStatusResult(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.payment_intent_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.status;
  if (v2 === undefined) return false;
  if (!(v2 === 'completed' || v2 === 'pending')) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingTopupStatusResult} is false. */
function explainAigBillingTopupStatusResult(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.payment_intent_id;
    if (v1 === undefined) {
      missing(issues, path + '/payment_intent_id', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/payment_intent_id', 'string', v1);
      }
    }
    const v2 = v0.status;
    if (v2 === undefined) {
      missing(issues, path + '/status', 'enum');
    } else {
      if (!(v2 === 'completed' || v2 === 'pending')) {
        fail(issues, path + '/status', 'one of "completed", "pending"', v2);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingTopupStatusResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingTopupStatusResult(value) {
  return isAigBillingTopupStatusResult(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingTopupStatusResult) };
}


exports.isAigBillingCreateTopupResponse = isAigBillingCreateTopupResponse;
exports.explainAigBillingCreateTopupResponse = explainAigBillingCreateTopupResponse;
exports.validateAigBillingCreateTopupResponse = validateAigBillingCreateTopupResponse;
exports.isAigBillingCreateTopupResult = isAigBillingCreateTopupResult;
exports.explainAigBillingCreateTopupResult = explainAigBillingCreateTopupResult;
exports.validateAigBillingCreateTopupResult = validateAigBillingCreateTopupResult;
exports.isAigBillingDeleteSpendingLimitResponse = isAigBillingDeleteSpendingLimitResponse;
exports.explainAigBillingDeleteSpendingLimitResponse = explainAigBillingDeleteSpendingLimitResponse;
exports.validateAigBillingDeleteSpendingLimitResponse = validateAigBillingDeleteSpendingLimitResponse;
exports.isAigBillingDeleteSpendingLimitResult = isAigBillingDeleteSpendingLimitResult;
exports.explainAigBillingDeleteSpendingLimitResult = explainAigBillingDeleteSpendingLimitResult;
exports.validateAigBillingDeleteSpendingLimitResult = validateAigBillingDeleteSpendingLimitResult;
exports.isAigBillingDeleteTopupConfigResponse = isAigBillingDeleteTopupConfigResponse;
exports.explainAigBillingDeleteTopupConfigResponse = explainAigBillingDeleteTopupConfigResponse;
exports.validateAigBillingDeleteTopupConfigResponse = validateAigBillingDeleteTopupConfigResponse;
exports.isAigBillingDeleteTopupConfigResult = isAigBillingDeleteTopupConfigResult;
exports.explainAigBillingDeleteTopupConfigResult = explainAigBillingDeleteTopupConfigResult;
exports.validateAigBillingDeleteTopupConfigResult = validateAigBillingDeleteTopupConfigResult;
exports.isAigBillingGetCreditBalanceResponse = isAigBillingGetCreditBalanceResponse;
exports.explainAigBillingGetCreditBalanceResponse = explainAigBillingGetCreditBalanceResponse;
exports.validateAigBillingGetCreditBalanceResponse = validateAigBillingGetCreditBalanceResponse;
exports.isAigBillingGetCreditBalanceResult = isAigBillingGetCreditBalanceResult;
exports.explainAigBillingGetCreditBalanceResult = explainAigBillingGetCreditBalanceResult;
exports.validateAigBillingGetCreditBalanceResult = validateAigBillingGetCreditBalanceResult;
exports.isAigBillingGetInvoiceHistoryResponse = isAigBillingGetInvoiceHistoryResponse;
exports.explainAigBillingGetInvoiceHistoryResponse = explainAigBillingGetInvoiceHistoryResponse;
exports.validateAigBillingGetInvoiceHistoryResponse = validateAigBillingGetInvoiceHistoryResponse;
exports.isAigBillingGetInvoiceHistoryResult = isAigBillingGetInvoiceHistoryResult;
exports.explainAigBillingGetInvoiceHistoryResult = explainAigBillingGetInvoiceHistoryResult;
exports.validateAigBillingGetInvoiceHistoryResult = validateAigBillingGetInvoiceHistoryResult;
exports.isAigBillingGetInvoicePreviewResponse = isAigBillingGetInvoicePreviewResponse;
exports.explainAigBillingGetInvoicePreviewResponse = explainAigBillingGetInvoicePreviewResponse;
exports.validateAigBillingGetInvoicePreviewResponse = validateAigBillingGetInvoicePreviewResponse;
exports.isAigBillingGetInvoicePreviewResult = isAigBillingGetInvoicePreviewResult;
exports.explainAigBillingGetInvoicePreviewResult = explainAigBillingGetInvoicePreviewResult;
exports.validateAigBillingGetInvoicePreviewResult = validateAigBillingGetInvoicePreviewResult;
exports.isAigBillingGetSpendingLimitResponse = isAigBillingGetSpendingLimitResponse;
exports.explainAigBillingGetSpendingLimitResponse = explainAigBillingGetSpendingLimitResponse;
exports.validateAigBillingGetSpendingLimitResponse = validateAigBillingGetSpendingLimitResponse;
exports.isAigBillingGetSpendingLimitResult = isAigBillingGetSpendingLimitResult;
exports.explainAigBillingGetSpendingLimitResult = explainAigBillingGetSpendingLimitResult;
exports.validateAigBillingGetSpendingLimitResult = validateAigBillingGetSpendingLimitResult;
exports.isAigBillingGetTopupConfigResponse = isAigBillingGetTopupConfigResponse;
exports.explainAigBillingGetTopupConfigResponse = explainAigBillingGetTopupConfigResponse;
exports.validateAigBillingGetTopupConfigResponse = validateAigBillingGetTopupConfigResponse;
exports.isAigBillingGetTopupConfigResult = isAigBillingGetTopupConfigResult;
exports.explainAigBillingGetTopupConfigResult = explainAigBillingGetTopupConfigResult;
exports.validateAigBillingGetTopupConfigResult = validateAigBillingGetTopupConfigResult;
exports.isAigBillingGetTopupLimitsResponse = isAigBillingGetTopupLimitsResponse;
exports.explainAigBillingGetTopupLimitsResponse = explainAigBillingGetTopupLimitsResponse;
exports.validateAigBillingGetTopupLimitsResponse = validateAigBillingGetTopupLimitsResponse;
exports.isAigBillingGetTopupLimitsResult = isAigBillingGetTopupLimitsResult;
exports.explainAigBillingGetTopupLimitsResult = explainAigBillingGetTopupLimitsResult;
exports.validateAigBillingGetTopupLimitsResult = validateAigBillingGetTopupLimitsResult;
exports.isAigBillingGetUsageHistoryResponse = isAigBillingGetUsageHistoryResponse;
exports.explainAigBillingGetUsageHistoryResponse = explainAigBillingGetUsageHistoryResponse;
exports.validateAigBillingGetUsageHistoryResponse = validateAigBillingGetUsageHistoryResponse;
exports.isAigBillingGetUsageHistoryResult = isAigBillingGetUsageHistoryResult;
exports.explainAigBillingGetUsageHistoryResult = explainAigBillingGetUsageHistoryResult;
exports.validateAigBillingGetUsageHistoryResult = validateAigBillingGetUsageHistoryResult;
exports.isAigBillingSetSpendingLimitResponse = isAigBillingSetSpendingLimitResponse;
exports.explainAigBillingSetSpendingLimitResponse = explainAigBillingSetSpendingLimitResponse;
exports.validateAigBillingSetSpendingLimitResponse = validateAigBillingSetSpendingLimitResponse;
exports.isAigBillingSetSpendingLimitResult = isAigBillingSetSpendingLimitResult;
exports.explainAigBillingSetSpendingLimitResult = explainAigBillingSetSpendingLimitResult;
exports.validateAigBillingSetSpendingLimitResult = validateAigBillingSetSpendingLimitResult;
exports.isAigBillingSetTopupConfigResponse = isAigBillingSetTopupConfigResponse;
exports.explainAigBillingSetTopupConfigResponse = explainAigBillingSetTopupConfigResponse;
exports.validateAigBillingSetTopupConfigResponse = validateAigBillingSetTopupConfigResponse;
exports.isAigBillingSetTopupConfigResult = isAigBillingSetTopupConfigResult;
exports.explainAigBillingSetTopupConfigResult = explainAigBillingSetTopupConfigResult;
exports.validateAigBillingSetTopupConfigResult = validateAigBillingSetTopupConfigResult;
exports.isAigBillingTopupStatusResponse = isAigBillingTopupStatusResponse;
exports.explainAigBillingTopupStatusResponse = explainAigBillingTopupStatusResponse;
exports.validateAigBillingTopupStatusResponse = validateAigBillingTopupStatusResponse;
exports.isAigBillingTopupStatusResult = isAigBillingTopupStatusResult;
exports.explainAigBillingTopupStatusResult = explainAigBillingTopupStatusResult;
exports.validateAigBillingTopupStatusResult = validateAigBillingTopupStatusResult;
