import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/schemas/generated/netsuite-tokens.validator.js
var netsuite_tokens_validator_exports = {};
__export(netsuite_tokens_validator_exports, {
  default: () => netsuite_tokens_validator_default,
  validate: () => validate
});
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.account === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tokens === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "account" || key0 === "operator" || key0 === "policy" || key0 === "tokens" || key0 === "certificates")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.account !== void 0) {
      let data1 = data.account;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err5 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$" }, message: 'must match pattern "^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$"', schema: "^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$", parentSchema: schema31.properties.account, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.account.type, parentSchema: schema31.properties.account, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.operator !== void 0) {
      let data2 = data.operator;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "credentials" || key1 === "endpoints")) {
            const err7 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.operator, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.credentials !== void 0) {
          let data3 = data2.credentials;
          if (typeof data3 === "string") {
            if (!pattern5.test(data3)) {
              const err8 = { instancePath: instancePath + "/operator/credentials", schemaPath: "#/properties/operator/properties/credentials/pattern", keyword: "pattern", params: { pattern: "^env:[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^env:[A-Z_][A-Z0-9_]*$"', schema: "^env:[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.operator.properties.credentials, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/operator/credentials", schemaPath: "#/properties/operator/properties/credentials/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.operator.properties.credentials.type, parentSchema: schema31.properties.operator.properties.credentials, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.endpoints !== void 0) {
          let data4 = data2.endpoints;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (!(key2 === "rest" || key2 === "restlets" || key2 === "ui")) {
                const err10 = { instancePath: instancePath + "/operator/endpoints", schemaPath: "#/properties/operator/properties/endpoints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.operator.properties.endpoints, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.rest !== void 0) {
              let data5 = data4.rest;
              if (typeof data5 === "string") {
                if (!pattern6.test(data5)) {
                  const err11 = { instancePath: instancePath + "/operator/endpoints/rest", schemaPath: "#/properties/operator/properties/endpoints/properties/rest/pattern", keyword: "pattern", params: { pattern: "^https?://[^/?#@\\s]+$" }, message: 'must match pattern "^https?://[^/?#@\\s]+$"', schema: "^https?://[^/?#@\\s]+$", parentSchema: schema31.properties.operator.properties.endpoints.properties.rest, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/operator/endpoints/rest", schemaPath: "#/properties/operator/properties/endpoints/properties/rest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.operator.properties.endpoints.properties.rest.type, parentSchema: schema31.properties.operator.properties.endpoints.properties.rest, data: data5 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.restlets !== void 0) {
              let data6 = data4.restlets;
              if (typeof data6 === "string") {
                if (!pattern6.test(data6)) {
                  const err13 = { instancePath: instancePath + "/operator/endpoints/restlets", schemaPath: "#/properties/operator/properties/endpoints/properties/restlets/pattern", keyword: "pattern", params: { pattern: "^https?://[^/?#@\\s]+$" }, message: 'must match pattern "^https?://[^/?#@\\s]+$"', schema: "^https?://[^/?#@\\s]+$", parentSchema: schema31.properties.operator.properties.endpoints.properties.restlets, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/operator/endpoints/restlets", schemaPath: "#/properties/operator/properties/endpoints/properties/restlets/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.operator.properties.endpoints.properties.restlets.type, parentSchema: schema31.properties.operator.properties.endpoints.properties.restlets, data: data6 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.ui !== void 0) {
              let data7 = data4.ui;
              if (typeof data7 === "string") {
                if (!pattern6.test(data7)) {
                  const err15 = { instancePath: instancePath + "/operator/endpoints/ui", schemaPath: "#/properties/operator/properties/endpoints/properties/ui/pattern", keyword: "pattern", params: { pattern: "^https?://[^/?#@\\s]+$" }, message: 'must match pattern "^https?://[^/?#@\\s]+$"', schema: "^https?://[^/?#@\\s]+$", parentSchema: schema31.properties.operator.properties.endpoints.properties.ui, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/operator/endpoints/ui", schemaPath: "#/properties/operator/properties/endpoints/properties/ui/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.operator.properties.endpoints.properties.ui.type, parentSchema: schema31.properties.operator.properties.endpoints.properties.ui, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/operator/endpoints", schemaPath: "#/properties/operator/properties/endpoints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.operator.properties.endpoints.type, parentSchema: schema31.properties.operator.properties.endpoints, data: data4 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.operator.type, parentSchema: schema31.properties.operator, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data8 = data.policy;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key3 in data8) {
          if (!(key3 === "unmanaged" || key3 === "maxAge" || key3 === "unusedFor" || key3 === "maxChangesPerRun")) {
            const err19 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.policy, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data8.unmanaged !== void 0) {
          let data9 = data8.unmanaged;
          if (!(data9 === "ignore" || data9 === "report" || data9 === "inactivate")) {
            const err20 = { instancePath: instancePath + "/policy/unmanaged", schemaPath: "#/properties/policy/properties/unmanaged/enum", keyword: "enum", params: { allowedValues: schema31.properties.policy.properties.unmanaged.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.policy.properties.unmanaged.enum, parentSchema: schema31.properties.policy.properties.unmanaged, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data8.maxAge !== void 0) {
          let data10 = data8.maxAge;
          if (typeof data10 === "string") {
            if (!pattern9.test(data10)) {
              const err21 = { instancePath: instancePath + "/policy/maxAge", schemaPath: "#/properties/policy/properties/maxAge/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[hdw]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[hdw]$"', schema: "^[1-9][0-9]{0,5}[hdw]$", parentSchema: schema31.properties.policy.properties.maxAge, data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/policy/maxAge", schemaPath: "#/properties/policy/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.maxAge.type, parentSchema: schema31.properties.policy.properties.maxAge, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.unusedFor !== void 0) {
          let data11 = data8.unusedFor;
          if (typeof data11 === "string") {
            if (!pattern9.test(data11)) {
              const err23 = { instancePath: instancePath + "/policy/unusedFor", schemaPath: "#/properties/policy/properties/unusedFor/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[hdw]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[hdw]$"', schema: "^[1-9][0-9]{0,5}[hdw]$", parentSchema: schema31.properties.policy.properties.unusedFor, data: data11 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/policy/unusedFor", schemaPath: "#/properties/policy/properties/unusedFor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.unusedFor.type, parentSchema: schema31.properties.policy.properties.unusedFor, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data8.maxChangesPerRun !== void 0) {
          let data12 = data8.maxChangesPerRun;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err25 = { instancePath: instancePath + "/policy/maxChangesPerRun", schemaPath: "#/properties/policy/properties/maxChangesPerRun/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.policy.properties.maxChangesPerRun.type, parentSchema: schema31.properties.policy.properties.maxChangesPerRun, data: data12 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err26 = { instancePath: instancePath + "/policy/maxChangesPerRun", schemaPath: "#/properties/policy/properties/maxChangesPerRun/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.policy.properties.maxChangesPerRun, data: data12 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policy.type, parentSchema: schema31.properties.policy, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.tokens !== void 0) {
      let data13 = data.tokens;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          const _errs33 = errors;
          let valid6 = false;
          const _errs34 = errors;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.id === void 0) {
              const err28 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/anyOf/0/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.properties.tokens.items.anyOf[0].required, parentSchema: schema31.properties.tokens.items.anyOf[0], data: data14 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
          var _valid0 = _errs34 === errors;
          valid6 = valid6 || _valid0;
          const _errs35 = errors;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.name === void 0) {
              const err29 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.tokens.items.anyOf[1].required, parentSchema: schema31.properties.tokens.items.anyOf[1], data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          var _valid0 = _errs35 === errors;
          valid6 = valid6 || _valid0;
          if (!valid6) {
            const err30 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.tokens.items.anyOf, parentSchema: schema31.properties.tokens.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          } else {
            errors = _errs33;
            if (vErrors !== null) {
              if (_errs33) {
                vErrors.length = _errs33;
              } else {
                vErrors = null;
              }
            }
          }
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.state === void 0) {
              const err31 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema31.properties.tokens.items.required, parentSchema: schema31.properties.tokens.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            for (const key4 in data14) {
              if (!func1.call(schema31.properties.tokens.items.properties, key4)) {
                const err32 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.tokens.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data14.id !== void 0) {
              let data15 = data14.id;
              if (typeof data15 === "string") {
                if (!pattern11.test(data15)) {
                  const err33 = { instancePath: instancePath + "/tokens/" + i0 + "/id", schemaPath: "#/properties/tokens/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,17}$" }, message: 'must match pattern "^[1-9][0-9]{0,17}$"', schema: "^[1-9][0-9]{0,17}$", parentSchema: schema31.properties.tokens.items.properties.id, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/tokens/" + i0 + "/id", schemaPath: "#/properties/tokens/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.id.type, parentSchema: schema31.properties.tokens.items.properties.id, data: data15 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data14.name !== void 0) {
              let data16 = data14.name;
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err35 = { instancePath: instancePath + "/tokens/" + i0 + "/name", schemaPath: "#/properties/tokens/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.tokens.items.properties.name, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/tokens/" + i0 + "/name", schemaPath: "#/properties/tokens/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.name.type, parentSchema: schema31.properties.tokens.items.properties.name, data: data16 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data14.application !== void 0) {
              let data17 = data14.application;
              if (typeof data17 === "string") {
                if (func2(data17) < 1) {
                  const err37 = { instancePath: instancePath + "/tokens/" + i0 + "/application", schemaPath: "#/properties/tokens/items/properties/application/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.tokens.items.properties.application, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/tokens/" + i0 + "/application", schemaPath: "#/properties/tokens/items/properties/application/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.application.type, parentSchema: schema31.properties.tokens.items.properties.application, data: data17 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data14.user !== void 0) {
              let data18 = data14.user;
              if (typeof data18 === "string") {
                if (func2(data18) < 1) {
                  const err39 = { instancePath: instancePath + "/tokens/" + i0 + "/user", schemaPath: "#/properties/tokens/items/properties/user/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.tokens.items.properties.user, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/tokens/" + i0 + "/user", schemaPath: "#/properties/tokens/items/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.user.type, parentSchema: schema31.properties.tokens.items.properties.user, data: data18 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data14.role !== void 0) {
              let data19 = data14.role;
              if (typeof data19 === "string") {
                if (func2(data19) < 1) {
                  const err41 = { instancePath: instancePath + "/tokens/" + i0 + "/role", schemaPath: "#/properties/tokens/items/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.tokens.items.properties.role, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/tokens/" + i0 + "/role", schemaPath: "#/properties/tokens/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.role.type, parentSchema: schema31.properties.tokens.items.properties.role, data: data19 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data14.state !== void 0) {
              let data20 = data14.state;
              if (!(data20 === "active" || data20 === "inactive" || data20 === "revoked")) {
                const err43 = { instancePath: instancePath + "/tokens/" + i0 + "/state", schemaPath: "#/properties/tokens/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.tokens.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.tokens.items.properties.state.enum, parentSchema: schema31.properties.tokens.items.properties.state, data: data20 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data14.owner !== void 0) {
              let data21 = data14.owner;
              if (typeof data21 === "string") {
                if (!pattern12.test(data21)) {
                  const err44 = { instancePath: instancePath + "/tokens/" + i0 + "/owner", schemaPath: "#/properties/tokens/items/properties/owner/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$", parentSchema: schema31.properties.tokens.items.properties.owner, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/tokens/" + i0 + "/owner", schemaPath: "#/properties/tokens/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.owner.type, parentSchema: schema31.properties.tokens.items.properties.owner, data: data21 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data14.protect !== void 0) {
              let data22 = data14.protect;
              if (typeof data22 !== "boolean") {
                const err46 = { instancePath: instancePath + "/tokens/" + i0 + "/protect", schemaPath: "#/properties/tokens/items/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.tokens.items.properties.protect.type, parentSchema: schema31.properties.tokens.items.properties.protect, data: data22 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data14.maxAge !== void 0) {
              let data23 = data14.maxAge;
              if (typeof data23 === "string") {
                if (!pattern9.test(data23)) {
                  const err47 = { instancePath: instancePath + "/tokens/" + i0 + "/maxAge", schemaPath: "#/properties/tokens/items/properties/maxAge/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[hdw]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[hdw]$"', schema: "^[1-9][0-9]{0,5}[hdw]$", parentSchema: schema31.properties.tokens.items.properties.maxAge, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/tokens/" + i0 + "/maxAge", schemaPath: "#/properties/tokens/items/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.maxAge.type, parentSchema: schema31.properties.tokens.items.properties.maxAge, data: data23 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data14.credentials !== void 0) {
              let data24 = data14.credentials;
              const _errs55 = errors;
              let valid8 = true;
              const _errs56 = errors;
              if (typeof data24 !== "string") {
                const err49 = {};
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              var _valid1 = _errs56 === errors;
              errors = _errs55;
              if (vErrors !== null) {
                if (_errs55) {
                  vErrors.length = _errs55;
                } else {
                  vErrors = null;
                }
              }
              let ifClause0;
              if (_valid1) {
                const _errs58 = errors;
                if (typeof data24 === "string") {
                  if (!pattern5.test(data24)) {
                    const err50 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials", schemaPath: "#/properties/tokens/items/properties/credentials/then/pattern", keyword: "pattern", params: { pattern: "^env:[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^env:[A-Z_][A-Z0-9_]*$"', schema: "^env:[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.tokens.items.properties.credentials.then, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                } else {
                  const err51 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials", schemaPath: "#/properties/tokens/items/properties/credentials/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.credentials.then.type, parentSchema: schema31.properties.tokens.items.properties.credentials.then, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                var _valid1 = _errs58 === errors;
                valid8 = _valid1;
                ifClause0 = "then";
              } else {
                const _errs60 = errors;
                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                  if (data24.consumerKey === void 0) {
                    const err52 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials", schemaPath: "#/properties/tokens/items/properties/credentials/else/required", keyword: "required", params: { missingProperty: "consumerKey" }, message: "must have required property 'consumerKey'", schema: schema31.properties.tokens.items.properties.credentials.else.required, parentSchema: schema31.properties.tokens.items.properties.credentials.else, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                  if (data24.consumerSecret === void 0) {
                    const err53 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials", schemaPath: "#/properties/tokens/items/properties/credentials/else/required", keyword: "required", params: { missingProperty: "consumerSecret" }, message: "must have required property 'consumerSecret'", schema: schema31.properties.tokens.items.properties.credentials.else.required, parentSchema: schema31.properties.tokens.items.properties.credentials.else, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  if (data24.tokenId === void 0) {
                    const err54 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials", schemaPath: "#/properties/tokens/items/properties/credentials/else/required", keyword: "required", params: { missingProperty: "tokenId" }, message: "must have required property 'tokenId'", schema: schema31.properties.tokens.items.properties.credentials.else.required, parentSchema: schema31.properties.tokens.items.properties.credentials.else, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                  if (data24.tokenSecret === void 0) {
                    const err55 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials", schemaPath: "#/properties/tokens/items/properties/credentials/else/required", keyword: "required", params: { missingProperty: "tokenSecret" }, message: "must have required property 'tokenSecret'", schema: schema31.properties.tokens.items.properties.credentials.else.required, parentSchema: schema31.properties.tokens.items.properties.credentials.else, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                  for (const key5 in data24) {
                    if (!(key5 === "consumerKey" || key5 === "consumerSecret" || key5 === "tokenId" || key5 === "tokenSecret")) {
                      const err56 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials", schemaPath: "#/properties/tokens/items/properties/credentials/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.tokens.items.properties.credentials.else, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                  if (data24.consumerKey !== void 0) {
                    let data25 = data24.consumerKey;
                    if (typeof data25 === "string") {
                      if (!pattern5.test(data25)) {
                        const err57 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials/consumerKey", schemaPath: "#/properties/tokens/items/properties/credentials/else/properties/consumerKey/pattern", keyword: "pattern", params: { pattern: "^env:[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^env:[A-Z_][A-Z0-9_]*$"', schema: "^env:[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.tokens.items.properties.credentials.else.properties.consumerKey, data: data25 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    } else {
                      const err58 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials/consumerKey", schemaPath: "#/properties/tokens/items/properties/credentials/else/properties/consumerKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.credentials.else.properties.consumerKey.type, parentSchema: schema31.properties.tokens.items.properties.credentials.else.properties.consumerKey, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  }
                  if (data24.consumerSecret !== void 0) {
                    let data26 = data24.consumerSecret;
                    if (typeof data26 === "string") {
                      if (!pattern5.test(data26)) {
                        const err59 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials/consumerSecret", schemaPath: "#/properties/tokens/items/properties/credentials/else/properties/consumerSecret/pattern", keyword: "pattern", params: { pattern: "^env:[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^env:[A-Z_][A-Z0-9_]*$"', schema: "^env:[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.tokens.items.properties.credentials.else.properties.consumerSecret, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    } else {
                      const err60 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials/consumerSecret", schemaPath: "#/properties/tokens/items/properties/credentials/else/properties/consumerSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.credentials.else.properties.consumerSecret.type, parentSchema: schema31.properties.tokens.items.properties.credentials.else.properties.consumerSecret, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                  if (data24.tokenId !== void 0) {
                    let data27 = data24.tokenId;
                    if (typeof data27 === "string") {
                      if (!pattern5.test(data27)) {
                        const err61 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials/tokenId", schemaPath: "#/properties/tokens/items/properties/credentials/else/properties/tokenId/pattern", keyword: "pattern", params: { pattern: "^env:[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^env:[A-Z_][A-Z0-9_]*$"', schema: "^env:[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.tokens.items.properties.credentials.else.properties.tokenId, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                    } else {
                      const err62 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials/tokenId", schemaPath: "#/properties/tokens/items/properties/credentials/else/properties/tokenId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.credentials.else.properties.tokenId.type, parentSchema: schema31.properties.tokens.items.properties.credentials.else.properties.tokenId, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  }
                  if (data24.tokenSecret !== void 0) {
                    let data28 = data24.tokenSecret;
                    if (typeof data28 === "string") {
                      if (!pattern5.test(data28)) {
                        const err63 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials/tokenSecret", schemaPath: "#/properties/tokens/items/properties/credentials/else/properties/tokenSecret/pattern", keyword: "pattern", params: { pattern: "^env:[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^env:[A-Z_][A-Z0-9_]*$"', schema: "^env:[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.tokens.items.properties.credentials.else.properties.tokenSecret, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                    } else {
                      const err64 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials/tokenSecret", schemaPath: "#/properties/tokens/items/properties/credentials/else/properties/tokenSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tokens.items.properties.credentials.else.properties.tokenSecret.type, parentSchema: schema31.properties.tokens.items.properties.credentials.else.properties.tokenSecret, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err65 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials", schemaPath: "#/properties/tokens/items/properties/credentials/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.tokens.items.properties.credentials.else.type, parentSchema: schema31.properties.tokens.items.properties.credentials.else, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                var _valid1 = _errs60 === errors;
                valid8 = _valid1;
                ifClause0 = "else";
              }
              if (!valid8) {
                const err66 = { instancePath: instancePath + "/tokens/" + i0 + "/credentials", schemaPath: "#/properties/tokens/items/properties/credentials/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema31.properties.tokens.items.properties.credentials.if, parentSchema: schema31.properties.tokens.items.properties.credentials, data: data24 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.tokens.items.type, parentSchema: schema31.properties.tokens.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.tokens.type, parentSchema: schema31.properties.tokens, data: data13 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.certificates !== void 0) {
      let data29 = data.certificates;
      if (Array.isArray(data29)) {
        const len1 = data29.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data30 = data29[i1];
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.mapping === void 0) {
              const err69 = { instancePath: instancePath + "/certificates/" + i1, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "mapping" }, message: "must have required property 'mapping'", schema: schema31.properties.certificates.items.required, parentSchema: schema31.properties.certificates.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data30.clientId === void 0) {
              const err70 = { instancePath: instancePath + "/certificates/" + i1, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema31.properties.certificates.items.required, parentSchema: schema31.properties.certificates.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data30.entity === void 0) {
              const err71 = { instancePath: instancePath + "/certificates/" + i1, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "entity" }, message: "must have required property 'entity'", schema: schema31.properties.certificates.items.required, parentSchema: schema31.properties.certificates.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data30.role === void 0) {
              const err72 = { instancePath: instancePath + "/certificates/" + i1, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema31.properties.certificates.items.required, parentSchema: schema31.properties.certificates.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data30.state === void 0) {
              const err73 = { instancePath: instancePath + "/certificates/" + i1, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema31.properties.certificates.items.required, parentSchema: schema31.properties.certificates.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            for (const key6 in data30) {
              if (!func1.call(schema31.properties.certificates.items.properties, key6)) {
                const err74 = { instancePath: instancePath + "/certificates/" + i1, schemaPath: "#/properties/certificates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.certificates.items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data30.mapping !== void 0) {
              let data31 = data30.mapping;
              if (typeof data31 === "string") {
                if (!pattern19.test(data31)) {
                  const err75 = { instancePath: instancePath + "/certificates/" + i1 + "/mapping", schemaPath: "#/properties/certificates/items/properties/mapping/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema31.properties.certificates.items.properties.mapping, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/certificates/" + i1 + "/mapping", schemaPath: "#/properties/certificates/items/properties/mapping/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.mapping.type, parentSchema: schema31.properties.certificates.items.properties.mapping, data: data31 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data30.clientId !== void 0) {
              let data32 = data30.clientId;
              if (typeof data32 === "string") {
                if (!pattern20.test(data32)) {
                  const err77 = { instancePath: instancePath + "/certificates/" + i1 + "/clientId", schemaPath: "#/properties/certificates/items/properties/clientId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{8,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{8,128}$"', schema: "^[A-Za-z0-9_-]{8,128}$", parentSchema: schema31.properties.certificates.items.properties.clientId, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/certificates/" + i1 + "/clientId", schemaPath: "#/properties/certificates/items/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.clientId.type, parentSchema: schema31.properties.certificates.items.properties.clientId, data: data32 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data30.entity !== void 0) {
              let data33 = data30.entity;
              if (typeof data33 === "string") {
                if (!pattern11.test(data33)) {
                  const err79 = { instancePath: instancePath + "/certificates/" + i1 + "/entity", schemaPath: "#/properties/certificates/items/properties/entity/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,17}$" }, message: 'must match pattern "^[1-9][0-9]{0,17}$"', schema: "^[1-9][0-9]{0,17}$", parentSchema: schema31.properties.certificates.items.properties.entity, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/certificates/" + i1 + "/entity", schemaPath: "#/properties/certificates/items/properties/entity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.entity.type, parentSchema: schema31.properties.certificates.items.properties.entity, data: data33 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data30.role !== void 0) {
              let data34 = data30.role;
              if (typeof data34 === "string") {
                if (!pattern11.test(data34)) {
                  const err81 = { instancePath: instancePath + "/certificates/" + i1 + "/role", schemaPath: "#/properties/certificates/items/properties/role/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,17}$" }, message: 'must match pattern "^[1-9][0-9]{0,17}$"', schema: "^[1-9][0-9]{0,17}$", parentSchema: schema31.properties.certificates.items.properties.role, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/certificates/" + i1 + "/role", schemaPath: "#/properties/certificates/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.role.type, parentSchema: schema31.properties.certificates.items.properties.role, data: data34 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data30.state !== void 0) {
              let data35 = data30.state;
              if (!(data35 === "active" || data35 === "revoked")) {
                const err83 = { instancePath: instancePath + "/certificates/" + i1 + "/state", schemaPath: "#/properties/certificates/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.certificates.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.certificates.items.properties.state.enum, parentSchema: schema31.properties.certificates.items.properties.state, data: data35 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data30.owner !== void 0) {
              let data36 = data30.owner;
              if (typeof data36 === "string") {
                if (!pattern12.test(data36)) {
                  const err84 = { instancePath: instancePath + "/certificates/" + i1 + "/owner", schemaPath: "#/properties/certificates/items/properties/owner/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$", parentSchema: schema31.properties.certificates.items.properties.owner, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/certificates/" + i1 + "/owner", schemaPath: "#/properties/certificates/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.owner.type, parentSchema: schema31.properties.certificates.items.properties.owner, data: data36 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data30.protect !== void 0) {
              let data37 = data30.protect;
              if (typeof data37 !== "boolean") {
                const err86 = { instancePath: instancePath + "/certificates/" + i1 + "/protect", schemaPath: "#/properties/certificates/items/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.certificates.items.properties.protect.type, parentSchema: schema31.properties.certificates.items.properties.protect, data: data37 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data30.credentials !== void 0) {
              let data38 = data30.credentials;
              if (typeof data38 === "string") {
                if (!pattern5.test(data38)) {
                  const err87 = { instancePath: instancePath + "/certificates/" + i1 + "/credentials", schemaPath: "#/properties/certificates/items/properties/credentials/pattern", keyword: "pattern", params: { pattern: "^env:[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^env:[A-Z_][A-Z0-9_]*$"', schema: "^env:[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.certificates.items.properties.credentials, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/certificates/" + i1 + "/credentials", schemaPath: "#/properties/certificates/items/properties/credentials/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.credentials.type, parentSchema: schema31.properties.certificates.items.properties.credentials, data: data38 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data30.rotation !== void 0) {
              let data39 = data30.rotation;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                for (const key7 in data39) {
                  if (!(key7 === "algorithm" || key7 === "validity" || key7 === "renewBefore" || key7 === "overlap")) {
                    const err89 = { instancePath: instancePath + "/certificates/" + i1 + "/rotation", schemaPath: "#/properties/certificates/items/properties/rotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.certificates.items.properties.rotation, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data39.algorithm !== void 0) {
                  let data40 = data39.algorithm;
                  if (!(data40 === "ec-p256" || data40 === "ec-p384" || data40 === "ec-p521" || data40 === "rsa-3072" || data40 === "rsa-4096")) {
                    const err90 = { instancePath: instancePath + "/certificates/" + i1 + "/rotation/algorithm", schemaPath: "#/properties/certificates/items/properties/rotation/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema31.properties.certificates.items.properties.rotation.properties.algorithm.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.certificates.items.properties.rotation.properties.algorithm.enum, parentSchema: schema31.properties.certificates.items.properties.rotation.properties.algorithm, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data39.validity !== void 0) {
                  let data41 = data39.validity;
                  if (typeof data41 === "string") {
                    if (!pattern9.test(data41)) {
                      const err91 = { instancePath: instancePath + "/certificates/" + i1 + "/rotation/validity", schemaPath: "#/properties/certificates/items/properties/rotation/properties/validity/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[hdw]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[hdw]$"', schema: "^[1-9][0-9]{0,5}[hdw]$", parentSchema: schema31.properties.certificates.items.properties.rotation.properties.validity, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/certificates/" + i1 + "/rotation/validity", schemaPath: "#/properties/certificates/items/properties/rotation/properties/validity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.rotation.properties.validity.type, parentSchema: schema31.properties.certificates.items.properties.rotation.properties.validity, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data39.renewBefore !== void 0) {
                  let data42 = data39.renewBefore;
                  if (typeof data42 === "string") {
                    if (!pattern9.test(data42)) {
                      const err93 = { instancePath: instancePath + "/certificates/" + i1 + "/rotation/renewBefore", schemaPath: "#/properties/certificates/items/properties/rotation/properties/renewBefore/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[hdw]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[hdw]$"', schema: "^[1-9][0-9]{0,5}[hdw]$", parentSchema: schema31.properties.certificates.items.properties.rotation.properties.renewBefore, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/certificates/" + i1 + "/rotation/renewBefore", schemaPath: "#/properties/certificates/items/properties/rotation/properties/renewBefore/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.rotation.properties.renewBefore.type, parentSchema: schema31.properties.certificates.items.properties.rotation.properties.renewBefore, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data39.overlap !== void 0) {
                  let data43 = data39.overlap;
                  if (typeof data43 === "string") {
                    if (!pattern27.test(data43)) {
                      const err95 = { instancePath: instancePath + "/certificates/" + i1 + "/rotation/overlap", schemaPath: "#/properties/certificates/items/properties/rotation/properties/overlap/pattern", keyword: "pattern", params: { pattern: "^(?:0[hdw]|[1-9][0-9]{0,5}[hdw])$" }, message: 'must match pattern "^(?:0[hdw]|[1-9][0-9]{0,5}[hdw])$"', schema: "^(?:0[hdw]|[1-9][0-9]{0,5}[hdw])$", parentSchema: schema31.properties.certificates.items.properties.rotation.properties.overlap, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/certificates/" + i1 + "/rotation/overlap", schemaPath: "#/properties/certificates/items/properties/rotation/properties/overlap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.rotation.properties.overlap.type, parentSchema: schema31.properties.certificates.items.properties.rotation.properties.overlap, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
              } else {
                const err97 = { instancePath: instancePath + "/certificates/" + i1 + "/rotation", schemaPath: "#/properties/certificates/items/properties/rotation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.certificates.items.properties.rotation.type, parentSchema: schema31.properties.certificates.items.properties.rotation, data: data39 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data30.deliver !== void 0) {
              let data44 = data30.deliver;
              if (Array.isArray(data44)) {
                const len2 = data44.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data45 = data44[i2];
                  if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                    if (Object.keys(data45).length > 1) {
                      const err98 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2, schemaPath: "#/properties/certificates/items/properties/deliver/items/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema31.properties.certificates.items.properties.deliver.items, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                    if (Object.keys(data45).length < 1) {
                      const err99 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2, schemaPath: "#/properties/certificates/items/properties/deliver/items/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.certificates.items.properties.deliver.items, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                    for (const key8 in data45) {
                      if (!(key8 === "github" || key8 === "aws" || key8 === "file")) {
                        const err100 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2, schemaPath: "#/properties/certificates/items/properties/deliver/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.certificates.items.properties.deliver.items, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    }
                    if (data45.github !== void 0) {
                      let data46 = data45.github;
                      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                        if (data46.secret === void 0) {
                          const err101 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema31.properties.certificates.items.properties.deliver.items.properties.github.required, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github, data: data46 };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                        for (const key9 in data46) {
                          if (!(key9 === "repository" || key9 === "environment" || key9 === "secret")) {
                            const err102 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github, data: data46 };
                            if (vErrors === null) {
                              vErrors = [err102];
                            } else {
                              vErrors.push(err102);
                            }
                            errors++;
                          }
                        }
                        if (data46.repository !== void 0) {
                          let data47 = data46.repository;
                          if (typeof data47 === "string") {
                            if (!pattern28.test(data47)) {
                              const err103 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github/repository", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$"', schema: "^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$", parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.repository, data: data47 };
                              if (vErrors === null) {
                                vErrors = [err103];
                              } else {
                                vErrors.push(err103);
                              }
                              errors++;
                            }
                          } else {
                            const err104 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github/repository", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.repository.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.repository, data: data47 };
                            if (vErrors === null) {
                              vErrors = [err104];
                            } else {
                              vErrors.push(err104);
                            }
                            errors++;
                          }
                        }
                        if (data46.environment !== void 0) {
                          let data48 = data46.environment;
                          if (typeof data48 === "string") {
                            if (func2(data48) > 255) {
                              const err105 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github/environment", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/properties/environment/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.environment, data: data48 };
                              if (vErrors === null) {
                                vErrors = [err105];
                              } else {
                                vErrors.push(err105);
                              }
                              errors++;
                            }
                            if (func2(data48) < 1) {
                              const err106 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github/environment", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.environment, data: data48 };
                              if (vErrors === null) {
                                vErrors = [err106];
                              } else {
                                vErrors.push(err106);
                              }
                              errors++;
                            }
                          } else {
                            const err107 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github/environment", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.environment.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.environment, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                        if (data46.secret !== void 0) {
                          let data49 = data46.secret;
                          if (typeof data49 === "string") {
                            if (!pattern29.test(data49)) {
                              const err108 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github/secret", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/properties/secret/pattern", keyword: "pattern", params: { pattern: "^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]{0,99}$" }, message: 'must match pattern "^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]{0,99}$"', schema: "^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]{0,99}$", parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.secret, data: data49 };
                              if (vErrors === null) {
                                vErrors = [err108];
                              } else {
                                vErrors.push(err108);
                              }
                              errors++;
                            }
                          } else {
                            const err109 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github/secret", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.secret.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github.properties.secret, data: data49 };
                            if (vErrors === null) {
                              vErrors = [err109];
                            } else {
                              vErrors.push(err109);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err110 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/github", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/github/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.certificates.items.properties.deliver.items.properties.github.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.github, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                    if (data45.aws !== void 0) {
                      let data50 = data45.aws;
                      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                        if (data50.secretId === void 0) {
                          const err111 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/aws", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/aws/required", keyword: "required", params: { missingProperty: "secretId" }, message: "must have required property 'secretId'", schema: schema31.properties.certificates.items.properties.deliver.items.properties.aws.required, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.aws, data: data50 };
                          if (vErrors === null) {
                            vErrors = [err111];
                          } else {
                            vErrors.push(err111);
                          }
                          errors++;
                        }
                        for (const key10 in data50) {
                          if (!(key10 === "secretId" || key10 === "region")) {
                            const err112 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/aws", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/aws/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.aws, data: data50 };
                            if (vErrors === null) {
                              vErrors = [err112];
                            } else {
                              vErrors.push(err112);
                            }
                            errors++;
                          }
                        }
                        if (data50.secretId !== void 0) {
                          let data51 = data50.secretId;
                          if (typeof data51 === "string") {
                            if (func2(data51) > 2048) {
                              const err113 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/aws/secretId", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/aws/properties/secretId/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.aws.properties.secretId, data: data51 };
                              if (vErrors === null) {
                                vErrors = [err113];
                              } else {
                                vErrors.push(err113);
                              }
                              errors++;
                            }
                            if (func2(data51) < 1) {
                              const err114 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/aws/secretId", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/aws/properties/secretId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.aws.properties.secretId, data: data51 };
                              if (vErrors === null) {
                                vErrors = [err114];
                              } else {
                                vErrors.push(err114);
                              }
                              errors++;
                            }
                          } else {
                            const err115 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/aws/secretId", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/aws/properties/secretId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.deliver.items.properties.aws.properties.secretId.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.aws.properties.secretId, data: data51 };
                            if (vErrors === null) {
                              vErrors = [err115];
                            } else {
                              vErrors.push(err115);
                            }
                            errors++;
                          }
                        }
                        if (data50.region !== void 0) {
                          let data52 = data50.region;
                          if (typeof data52 === "string") {
                            if (!pattern30.test(data52)) {
                              const err116 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/aws/region", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/aws/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(?:-[a-z]+)+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(?:-[a-z]+)+-[0-9]$"', schema: "^[a-z]{2}(?:-[a-z]+)+-[0-9]$", parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.aws.properties.region, data: data52 };
                              if (vErrors === null) {
                                vErrors = [err116];
                              } else {
                                vErrors.push(err116);
                              }
                              errors++;
                            }
                          } else {
                            const err117 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/aws/region", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/aws/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.deliver.items.properties.aws.properties.region.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.aws.properties.region, data: data52 };
                            if (vErrors === null) {
                              vErrors = [err117];
                            } else {
                              vErrors.push(err117);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err118 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/aws", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/aws/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.certificates.items.properties.deliver.items.properties.aws.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.aws, data: data50 };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                    if (data45.file !== void 0) {
                      let data53 = data45.file;
                      if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                        if (data53.path === void 0) {
                          const err119 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/file", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/file/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema31.properties.certificates.items.properties.deliver.items.properties.file.required, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.file, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                        for (const key11 in data53) {
                          if (!(key11 === "path")) {
                            const err120 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/file", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/file/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.file, data: data53 };
                            if (vErrors === null) {
                              vErrors = [err120];
                            } else {
                              vErrors.push(err120);
                            }
                            errors++;
                          }
                        }
                        if (data53.path !== void 0) {
                          let data54 = data53.path;
                          if (typeof data54 === "string") {
                            if (func2(data54) < 1) {
                              const err121 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/file/path", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/file/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.file.properties.path, data: data54 };
                              if (vErrors === null) {
                                vErrors = [err121];
                              } else {
                                vErrors.push(err121);
                              }
                              errors++;
                            }
                          } else {
                            const err122 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/file/path", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/file/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.certificates.items.properties.deliver.items.properties.file.properties.path.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.file.properties.path, data: data54 };
                            if (vErrors === null) {
                              vErrors = [err122];
                            } else {
                              vErrors.push(err122);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err123 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2 + "/file", schemaPath: "#/properties/certificates/items/properties/deliver/items/properties/file/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.certificates.items.properties.deliver.items.properties.file.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items.properties.file, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err124 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver/" + i2, schemaPath: "#/properties/certificates/items/properties/deliver/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.certificates.items.properties.deliver.items.type, parentSchema: schema31.properties.certificates.items.properties.deliver.items, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
              } else {
                const err125 = { instancePath: instancePath + "/certificates/" + i1 + "/deliver", schemaPath: "#/properties/certificates/items/properties/deliver/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.certificates.items.properties.deliver.type, parentSchema: schema31.properties.certificates.items.properties.deliver, data: data44 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
          } else {
            const err126 = { instancePath: instancePath + "/certificates/" + i1, schemaPath: "#/properties/certificates/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.certificates.items.type, parentSchema: schema31.properties.certificates.items, data: data30 };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
      } else {
        const err127 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.certificates.type, parentSchema: schema31.properties.certificates, data: data29 };
        if (vErrors === null) {
          vErrors = [err127];
        } else {
          vErrors.push(err127);
        }
        errors++;
      }
    }
  } else {
    const err128 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err128];
    } else {
      vErrors.push(err128);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var ajvRuntime0, validate, netsuite_tokens_validator_default, schema31, pattern4, pattern5, pattern6, pattern9, pattern11, pattern12, pattern19, pattern20, pattern27, pattern28, pattern29, pattern30, func1, func2;
var init_netsuite_tokens_validator = __esm({
  "src/schemas/generated/netsuite-tokens.validator.js"() {
    "use strict";
    ajvRuntime0 = function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    };
    validate = validate20;
    netsuite_tokens_validator_default = validate20;
    schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://netsuite-token-gitops.dev/schemas/netsuite-tokens.schema.json", "title": "NetSuite TBA access tokens: desired state", "description": "The desired state of the Token-Based Authentication access tokens of one NetSuite account, read by netsuite-tokens (validate, plan, apply).", "type": "object", "additionalProperties": false, "required": ["version", "account", "tokens"], "properties": { "version": { "description": "Format version of this file. Only 1 exists.", "const": 1 }, "account": { "description": "NetSuite account id in realm form, as on Setup > Company > Company Information: 1234567, 1234567_SB1 (sandbox), 1234567_RP (release preview) or TSTDRV1234567 (test drive). Quote it so YAML keeps it a string.", "type": "string", "pattern": "^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$" }, "operator": { "description": "This account's own operator sign-in and endpoints (SPEC \xA714); without it the NETSUITE_* variables apply.", "type": "object", "additionalProperties": false, "properties": { "credentials": { "description": "env:NAME of a variable holding this account's operator credentials bundle (TBA or M2M); overrides the NETSUITE_* sign-in variables for this account only.", "type": "string", "pattern": "^env:[A-Z_][A-Z0-9_]*$" }, "endpoints": { "description": "Origins that override the hosts derived from the account id (an emulator, a proxy); each one given overrides that one only, before the NETSUITE_*_URL variables.", "type": "object", "additionalProperties": false, "properties": { "rest": { "description": "SuiteTalk REST origin (SuiteQL, the OAuth 2.0 token endpoint).", "type": "string", "pattern": "^https?://[^/?#@\\s]+$" }, "restlets": { "description": "RESTlet origin (rest/revoketoken, the certificates API).", "type": "string", "pattern": "^https?://[^/?#@\\s]+$" }, "ui": { "description": "UI origin, for the administrator's deep links.", "type": "string", "pattern": "^https?://[^/?#@\\s]+$" } } } } }, "policy": { "description": "How the operator treats the account as a whole. Every field is optional and has a safe default.", "type": "object", "additionalProperties": false, "properties": { "unmanaged": { "description": "What to do with tokens in the account that no entry declares: ignore them, report them (default), or plan to inactivate them. Undeclared tokens are never revoked automatically.", "enum": ["ignore", "report", "inactivate"] }, "maxAge": { "description": "Rotation is due when a token is older than this, counted from its creation date. Unset: never.", "type": "string", "pattern": "^[1-9][0-9]{0,5}[hdw]$" }, "unusedFor": { "description": "Flag a token that has had no successful login for this long. Unset: never.", "type": "string", "pattern": "^[1-9][0-9]{0,5}[hdw]$" }, "maxChangesPerRun": { "description": "Blast-radius guard: apply refuses a run that would make more changes than this (default 10).", "type": "integer", "minimum": 0 } } }, "tokens": { "description": "The access tokens this file manages, one entry per token. An empty list declares none.", "type": "array", "items": { "description": "One access token. It is identified by id when given, else by name narrowed by application, user and role.", "type": "object", "additionalProperties": false, "required": ["state"], "anyOf": [{ "required": ["id"] }, { "required": ["name"] }], "properties": { "id": { "description": "NetSuite internal id of the token (the preferred identity; netsuite-tokens import prints it).", "type": "string", "pattern": "^[1-9][0-9]{0,17}$" }, "name": { "description": "Token name as shown on Setup > Users/Roles > Access Tokens. Names are editable and not unique, so pin an id when you can.", "type": "string", "minLength": 1 }, "application": { "description": "Name of the integration record the token belongs to; narrows a match by name.", "type": "string", "minLength": 1 }, "user": { "description": "Name of the user (entity) the token belongs to; narrows a match by name.", "type": "string", "minLength": 1 }, "role": { "description": "Name of the role the token signs in with; narrows a match by name.", "type": "string", "minLength": 1 }, "state": { "description": "The state the token should be in. Revoked is terminal; inactive is reversible.", "enum": ["active", "inactive", "revoked"] }, "owner": { "description": "Who answers for this token: a GitHub team (@org/team) or user (@user), shown in plans and the administrator checklist.", "type": "string", "pattern": "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" }, "protect": { "description": "When true the operator never changes this token, whatever the file says later.", "type": "boolean" }, "maxAge": { "description": "Overrides policy.maxAge for this token.", "type": "string", "pattern": "^[1-9][0-9]{0,5}[hdw]$" }, "credentials": { "description": "Where this token's credentials live, never the values: either env:NAME of a variable holding a TBA credentials bundle (JSON: kind netsuite-tba, version 1, accountId, consumerKey, consumerSecret, tokenId, tokenSecret), or four env:NAME references. With them the operator can revoke the token itself through rest/revoketoken.", "if": { "type": "string" }, "then": { "description": "A reference to an environment variable, env:NAME; never the secret value itself.", "type": "string", "pattern": "^env:[A-Z_][A-Z0-9_]*$" }, "else": { "description": "Where the four values that sign a request as this token live: env:NAME references, never the values.", "type": "object", "additionalProperties": false, "required": ["consumerKey", "consumerSecret", "tokenId", "tokenSecret"], "properties": { "consumerKey": { "description": "env:NAME of the variable holding the integration record's consumer key.", "type": "string", "pattern": "^env:[A-Z_][A-Z0-9_]*$" }, "consumerSecret": { "description": "env:NAME of the variable holding the integration record's consumer secret.", "type": "string", "pattern": "^env:[A-Z_][A-Z0-9_]*$" }, "tokenId": { "description": "env:NAME of the variable holding the token id (the token's public half).", "type": "string", "pattern": "^env:[A-Z_][A-Z0-9_]*$" }, "tokenSecret": { "description": "env:NAME of the variable holding the token secret.", "type": "string", "pattern": "^env:[A-Z_][A-Z0-9_]*$" } } } } } } }, "certificates": { "description": "OAuth 2.0 client-credentials (M2M) certificate mappings, one entry per mapping (SPEC \xA711). NetSuite lists a mapping's certificates only to a token of that mapping, so give each its credentials.", "type": "array", "items": { "description": "One OAuth 2.0 client-credentials mapping: an integration, entity and role, and the certificates that let it sign in.", "type": "object", "additionalProperties": false, "required": ["mapping", "clientId", "entity", "role", "state"], "properties": { "mapping": { "description": "Your name for this mapping, unique in the file: its identity in plans, status and pull requests.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, "clientId": { "description": "The integration record's client ID.", "type": "string", "pattern": "^[A-Za-z0-9_-]{8,128}$" }, "entity": { "description": "Internal id of the user (entity) the mapping signs in as.", "type": "string", "pattern": "^[1-9][0-9]{0,17}$" }, "role": { "description": "Internal id of the role the mapping signs in with.", "type": "string", "pattern": "^[1-9][0-9]{0,17}$" }, "state": { "description": "active, or revoked (every certificate of the mapping is revoked).", "enum": ["active", "revoked"] }, "owner": { "description": "Who answers for the mapping.", "type": "string", "pattern": "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$" }, "protect": { "description": "Never changed by the operator, whatever the file says later.", "type": "boolean" }, "credentials": { "description": "env:NAME of a variable holding the mapping's current M2M credentials bundle: lets the operator observe and act as the mapping. Never the value.", "type": "string", "pattern": "^env:[A-Z_][A-Z0-9_]*$" }, "rotation": { "description": "How the operator rotates this mapping's certificate; needs credentials and at least one deliver target.", "type": "object", "additionalProperties": false, "properties": { "algorithm": { "description": "Key and certificate algorithm: ec-p256 (default), ec-p384, ec-p521, rsa-3072 or rsa-4096.", "enum": ["ec-p256", "ec-p384", "ec-p521", "rsa-3072", "rsa-4096"] }, "validity": { "description": "How long a new certificate is valid, 1d to 730d (NetSuite shortens anything longer to two years); default 365d.", "type": "string", "pattern": "^[1-9][0-9]{0,5}[hdw]$" }, "renewBefore": { "description": "Rotate once the current certificate expires within this; default the smaller of 90d and a third of validity.", "type": "string", "pattern": "^[1-9][0-9]{0,5}[hdw]$" }, "overlap": { "description": "How long the old certificate stays active after the new one is delivered; 0d retires it in the same run; default 7d.", "type": "string", "pattern": "^(?:0[hdw]|[1-9][0-9]{0,5}[hdw])$" } } }, "deliver": { "description": "Where each new credentials bundle goes (required with rotation).", "type": "array", "items": { "description": "Where a new credentials bundle is delivered (SPEC \xA712.2): exactly one of github, aws or file.", "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "github": { "description": "A GitHub Actions secret of a repository, or of one of its environments.", "type": "object", "additionalProperties": false, "required": ["secret"], "properties": { "repository": { "description": "owner/name; default GITHUB_REPOSITORY.", "type": "string", "pattern": "^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$" }, "environment": { "description": "An environment of the repository, for an environment secret.", "type": "string", "minLength": 1, "maxLength": 255 }, "secret": { "description": "The secret's name.", "type": "string", "pattern": "^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]{0,99}$" } } }, "aws": { "description": "An AWS Secrets Manager secret.", "type": "object", "additionalProperties": false, "required": ["secretId"], "properties": { "secretId": { "description": "The secret's name or ARN.", "type": "string", "minLength": 1, "maxLength": 2048 }, "region": { "description": "The AWS region; default from the SDK's configuration.", "type": "string", "pattern": "^[a-z]{2}(?:-[a-z]+)+-[0-9]$" } } }, "file": { "description": "A file, relative to this desired-state file; written atomically with mode 0600, and refused where git would commit it.", "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "description": "The file's path.", "type": "string", "minLength": 1 } } } } } } } } } } };
    pattern4 = new RegExp("^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$", "u");
    pattern5 = new RegExp("^env:[A-Z_][A-Z0-9_]*$", "u");
    pattern6 = new RegExp("^https?://[^/?#@\\s]+$", "u");
    pattern9 = new RegExp("^[1-9][0-9]{0,5}[hdw]$", "u");
    pattern11 = new RegExp("^[1-9][0-9]{0,17}$", "u");
    pattern12 = new RegExp("^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$", "u");
    pattern19 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
    pattern20 = new RegExp("^[A-Za-z0-9_-]{8,128}$", "u");
    pattern27 = new RegExp("^(?:0[hdw]|[1-9][0-9]{0,5}[hdw])$", "u");
    pattern28 = new RegExp("^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$", "u");
    pattern29 = new RegExp("^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]{0,99}$", "u");
    pattern30 = new RegExp("^[a-z]{2}(?:-[a-z]+)+-[0-9]$", "u");
    func1 = Object.prototype.hasOwnProperty;
    func2 = ajvRuntime0;
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// src/schemas/generated/status.validator.js
var status_validator_exports = {};
__export(status_validator_exports, {
  default: () => status_validator_default,
  validate: () => validate2
});
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.statusVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "statusVersion" }, message: "must have required property 'statusVersion'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.account === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.run === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.observedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "observedAt" }, message: "must have required property 'observedAt'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.tokens === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.missing === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "missing" }, message: "must have required property 'missing'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "statusVersion" || key0 === "account" || key0 === "run" || key0 === "observedAt" || key0 === "summary" || key0 === "tokens" || key0 === "missing" || key0 === "certificates")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.statusVersion !== void 0) {
      let data0 = data.statusVersion;
      if (!(data0 === 1 || data0 === 2)) {
        const err8 = { instancePath: instancePath + "/statusVersion", schemaPath: "#/properties/statusVersion/enum", keyword: "enum", params: { allowedValues: schema312.properties.statusVersion.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.statusVersion.enum, parentSchema: schema312.properties.statusVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.account !== void 0) {
      let data1 = data.account;
      if (typeof data1 === "string") {
        if (func12(data1) < 1) {
          const err9 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.account, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.account.type, parentSchema: schema312.properties.account, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data2 = data.run;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.startedAt === void 0) {
          const err11 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema312.properties.run.required, parentSchema: schema312.properties.run, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.finishedAt === void 0) {
          const err12 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema312.properties.run.required, parentSchema: schema312.properties.run, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2.url === void 0) {
          const err13 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema312.properties.run.required, parentSchema: schema312.properties.run, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "startedAt" || key1 === "finishedAt" || key1 === "url")) {
            const err14 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.run, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.startedAt !== void 0) {
          let data3 = data2.startedAt;
          if (typeof data3 === "string") {
            if (func12(data3) < 1) {
              const err15 = { instancePath: instancePath + "/run/startedAt", schemaPath: "#/properties/run/properties/startedAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.run.properties.startedAt, data: data3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/run/startedAt", schemaPath: "#/properties/run/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.run.properties.startedAt.type, parentSchema: schema312.properties.run.properties.startedAt, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.finishedAt !== void 0) {
          let data4 = data2.finishedAt;
          if (typeof data4 === "string") {
            if (func12(data4) < 1) {
              const err17 = { instancePath: instancePath + "/run/finishedAt", schemaPath: "#/properties/run/properties/finishedAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.run.properties.finishedAt, data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/run/finishedAt", schemaPath: "#/properties/run/properties/finishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.run.properties.finishedAt.type, parentSchema: schema312.properties.run.properties.finishedAt, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data2.url !== void 0) {
          let data5 = data2.url;
          if (typeof data5 !== "string" && data5 !== null) {
            const err19 = { instancePath: instancePath + "/run/url", schemaPath: "#/properties/run/properties/url/type", keyword: "type", params: { type: schema312.properties.run.properties.url.type }, message: "must be string,null", schema: schema312.properties.run.properties.url.type, parentSchema: schema312.properties.run.properties.url, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.run.type, parentSchema: schema312.properties.run, data: data2 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.observedAt !== void 0) {
      let data6 = data.observedAt;
      if (typeof data6 === "string") {
        if (func12(data6) < 1) {
          const err21 = { instancePath: instancePath + "/observedAt", schemaPath: "#/properties/observedAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.observedAt, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/observedAt", schemaPath: "#/properties/observedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.observedAt.type, parentSchema: schema312.properties.observedAt, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data7 = data.summary;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.tokens === void 0) {
          const err23 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'", schema: schema312.properties.summary.required, parentSchema: schema312.properties.summary, data: data7 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data7.managed === void 0) {
          const err24 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "managed" }, message: "must have required property 'managed'", schema: schema312.properties.summary.required, parentSchema: schema312.properties.summary, data: data7 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data7.done === void 0) {
          const err25 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "done" }, message: "must have required property 'done'", schema: schema312.properties.summary.required, parentSchema: schema312.properties.summary, data: data7 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data7.pending === void 0) {
          const err26 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "pending" }, message: "must have required property 'pending'", schema: schema312.properties.summary.required, parentSchema: schema312.properties.summary, data: data7 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data7.failed === void 0) {
          const err27 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property 'failed'", schema: schema312.properties.summary.required, parentSchema: schema312.properties.summary, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data7.blocked === void 0) {
          const err28 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "blocked" }, message: "must have required property 'blocked'", schema: schema312.properties.summary.required, parentSchema: schema312.properties.summary, data: data7 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data7.confirmed === void 0) {
          const err29 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "confirmed" }, message: "must have required property 'confirmed'", schema: schema312.properties.summary.required, parentSchema: schema312.properties.summary, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data7.findings === void 0) {
          const err30 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema312.properties.summary.required, parentSchema: schema312.properties.summary, data: data7 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "tokens" || key2 === "managed" || key2 === "done" || key2 === "pending" || key2 === "failed" || key2 === "blocked" || key2 === "confirmed" || key2 === "findings")) {
            const err31 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.summary, data: data7 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data7.tokens !== void 0) {
          let data8 = data7.tokens;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err32 = { instancePath: instancePath + "/summary/tokens", schemaPath: "#/properties/summary/properties/tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema312.properties.summary.properties.tokens.type, parentSchema: schema312.properties.summary.properties.tokens, data: data8 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err33 = { instancePath: instancePath + "/summary/tokens", schemaPath: "#/properties/summary/properties/tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema312.properties.summary.properties.tokens, data: data8 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data7.managed !== void 0) {
          let data9 = data7.managed;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err34 = { instancePath: instancePath + "/summary/managed", schemaPath: "#/properties/summary/properties/managed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema312.properties.summary.properties.managed.type, parentSchema: schema312.properties.summary.properties.managed, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err35 = { instancePath: instancePath + "/summary/managed", schemaPath: "#/properties/summary/properties/managed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema312.properties.summary.properties.managed, data: data9 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
        if (data7.done !== void 0) {
          let data10 = data7.done;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err36 = { instancePath: instancePath + "/summary/done", schemaPath: "#/properties/summary/properties/done/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema312.properties.summary.properties.done.type, parentSchema: schema312.properties.summary.properties.done, data: data10 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err37 = { instancePath: instancePath + "/summary/done", schemaPath: "#/properties/summary/properties/done/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema312.properties.summary.properties.done, data: data10 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        if (data7.pending !== void 0) {
          let data11 = data7.pending;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err38 = { instancePath: instancePath + "/summary/pending", schemaPath: "#/properties/summary/properties/pending/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema312.properties.summary.properties.pending.type, parentSchema: schema312.properties.summary.properties.pending, data: data11 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err39 = { instancePath: instancePath + "/summary/pending", schemaPath: "#/properties/summary/properties/pending/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema312.properties.summary.properties.pending, data: data11 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data7.failed !== void 0) {
          let data12 = data7.failed;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err40 = { instancePath: instancePath + "/summary/failed", schemaPath: "#/properties/summary/properties/failed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema312.properties.summary.properties.failed.type, parentSchema: schema312.properties.summary.properties.failed, data: data12 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err41 = { instancePath: instancePath + "/summary/failed", schemaPath: "#/properties/summary/properties/failed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema312.properties.summary.properties.failed, data: data12 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        }
        if (data7.blocked !== void 0) {
          let data13 = data7.blocked;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err42 = { instancePath: instancePath + "/summary/blocked", schemaPath: "#/properties/summary/properties/blocked/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema312.properties.summary.properties.blocked.type, parentSchema: schema312.properties.summary.properties.blocked, data: data13 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err43 = { instancePath: instancePath + "/summary/blocked", schemaPath: "#/properties/summary/properties/blocked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema312.properties.summary.properties.blocked, data: data13 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
        if (data7.confirmed !== void 0) {
          let data14 = data7.confirmed;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err44 = { instancePath: instancePath + "/summary/confirmed", schemaPath: "#/properties/summary/properties/confirmed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema312.properties.summary.properties.confirmed.type, parentSchema: schema312.properties.summary.properties.confirmed, data: data14 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err45 = { instancePath: instancePath + "/summary/confirmed", schemaPath: "#/properties/summary/properties/confirmed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema312.properties.summary.properties.confirmed, data: data14 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
        if (data7.findings !== void 0) {
          let data15 = data7.findings;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err46 = { instancePath: instancePath + "/summary/findings", schemaPath: "#/properties/summary/properties/findings/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema312.properties.summary.properties.findings.type, parentSchema: schema312.properties.summary.properties.findings, data: data15 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err47 = { instancePath: instancePath + "/summary/findings", schemaPath: "#/properties/summary/properties/findings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema312.properties.summary.properties.findings, data: data15 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.summary.type, parentSchema: schema312.properties.summary, data: data7 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.tokens !== void 0) {
      let data16 = data.tokens;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data17 = data16[i0];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.id === void 0) {
              const err49 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data17.name === void 0) {
              const err50 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data17.application === void 0) {
              const err51 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "application" }, message: "must have required property 'application'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data17.user === void 0) {
              const err52 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data17.role === void 0) {
              const err53 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data17.state === void 0) {
              const err54 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data17.desired === void 0) {
              const err55 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "desired" }, message: "must have required property 'desired'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data17.owner === void 0) {
              const err56 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data17.protected === void 0) {
              const err57 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "protected" }, message: "must have required property 'protected'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data17.createdAt === void 0) {
              const err58 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property 'createdAt'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data17.revokedAt === void 0) {
              const err59 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "revokedAt" }, message: "must have required property 'revokedAt'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data17.lastUsedAt === void 0) {
              const err60 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "lastUsedAt" }, message: "must have required property 'lastUsedAt'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data17.ageDays === void 0) {
              const err61 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "ageDays" }, message: "must have required property 'ageDays'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data17.pending === void 0) {
              const err62 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "pending" }, message: "must have required property 'pending'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data17.failed === void 0) {
              const err63 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property 'failed'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data17.findings === void 0) {
              const err64 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema312.properties.tokens.items.required, parentSchema: schema312.properties.tokens.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!func5.call(schema312.properties.tokens.items.properties, key3)) {
                const err65 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.tokens.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data17.id !== void 0) {
              let data18 = data17.id;
              if (typeof data18 === "string") {
                if (func12(data18) < 1) {
                  const err66 = { instancePath: instancePath + "/tokens/" + i0 + "/id", schemaPath: "#/properties/tokens/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.tokens.items.properties.id, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/tokens/" + i0 + "/id", schemaPath: "#/properties/tokens/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.tokens.items.properties.id.type, parentSchema: schema312.properties.tokens.items.properties.id, data: data18 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data17.name !== void 0) {
              let data19 = data17.name;
              if (typeof data19 !== "string") {
                const err68 = { instancePath: instancePath + "/tokens/" + i0 + "/name", schemaPath: "#/properties/tokens/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.tokens.items.properties.name.type, parentSchema: schema312.properties.tokens.items.properties.name, data: data19 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data17.application !== void 0) {
              let data20 = data17.application;
              if (typeof data20 !== "string" && data20 !== null) {
                const err69 = { instancePath: instancePath + "/tokens/" + i0 + "/application", schemaPath: "#/properties/tokens/items/properties/application/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.application.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.application.type, parentSchema: schema312.properties.tokens.items.properties.application, data: data20 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data17.user !== void 0) {
              let data21 = data17.user;
              if (typeof data21 !== "string" && data21 !== null) {
                const err70 = { instancePath: instancePath + "/tokens/" + i0 + "/user", schemaPath: "#/properties/tokens/items/properties/user/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.user.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.user.type, parentSchema: schema312.properties.tokens.items.properties.user, data: data21 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data17.role !== void 0) {
              let data22 = data17.role;
              if (typeof data22 !== "string" && data22 !== null) {
                const err71 = { instancePath: instancePath + "/tokens/" + i0 + "/role", schemaPath: "#/properties/tokens/items/properties/role/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.role.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.role.type, parentSchema: schema312.properties.tokens.items.properties.role, data: data22 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data17.state !== void 0) {
              let data23 = data17.state;
              if (!(data23 === "active" || data23 === "inactive" || data23 === "revoked")) {
                const err72 = { instancePath: instancePath + "/tokens/" + i0 + "/state", schemaPath: "#/properties/tokens/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema312.properties.tokens.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.tokens.items.properties.state.enum, parentSchema: schema312.properties.tokens.items.properties.state, data: data23 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data17.desired !== void 0) {
              let data24 = data17.desired;
              if (!(data24 === "active" || data24 === "inactive" || data24 === "revoked" || data24 === null)) {
                const err73 = { instancePath: instancePath + "/tokens/" + i0 + "/desired", schemaPath: "#/properties/tokens/items/properties/desired/enum", keyword: "enum", params: { allowedValues: schema312.properties.tokens.items.properties.desired.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.tokens.items.properties.desired.enum, parentSchema: schema312.properties.tokens.items.properties.desired, data: data24 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data17.owner !== void 0) {
              let data25 = data17.owner;
              if (typeof data25 !== "string" && data25 !== null) {
                const err74 = { instancePath: instancePath + "/tokens/" + i0 + "/owner", schemaPath: "#/properties/tokens/items/properties/owner/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.owner.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.owner.type, parentSchema: schema312.properties.tokens.items.properties.owner, data: data25 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data17.protected !== void 0) {
              let data26 = data17.protected;
              if (typeof data26 !== "boolean") {
                const err75 = { instancePath: instancePath + "/tokens/" + i0 + "/protected", schemaPath: "#/properties/tokens/items/properties/protected/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema312.properties.tokens.items.properties.protected.type, parentSchema: schema312.properties.tokens.items.properties.protected, data: data26 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data17.createdAt !== void 0) {
              let data27 = data17.createdAt;
              if (typeof data27 !== "string" && data27 !== null) {
                const err76 = { instancePath: instancePath + "/tokens/" + i0 + "/createdAt", schemaPath: "#/properties/tokens/items/properties/createdAt/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.createdAt.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.createdAt.type, parentSchema: schema312.properties.tokens.items.properties.createdAt, data: data27 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data17.revokedAt !== void 0) {
              let data28 = data17.revokedAt;
              if (typeof data28 !== "string" && data28 !== null) {
                const err77 = { instancePath: instancePath + "/tokens/" + i0 + "/revokedAt", schemaPath: "#/properties/tokens/items/properties/revokedAt/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.revokedAt.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.revokedAt.type, parentSchema: schema312.properties.tokens.items.properties.revokedAt, data: data28 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data17.lastUsedAt !== void 0) {
              let data29 = data17.lastUsedAt;
              if (typeof data29 !== "string" && data29 !== null) {
                const err78 = { instancePath: instancePath + "/tokens/" + i0 + "/lastUsedAt", schemaPath: "#/properties/tokens/items/properties/lastUsedAt/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.lastUsedAt.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.lastUsedAt.type, parentSchema: schema312.properties.tokens.items.properties.lastUsedAt, data: data29 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data17.ageDays !== void 0) {
              let data30 = data17.ageDays;
              if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30)) && data30 !== null) {
                const err79 = { instancePath: instancePath + "/tokens/" + i0 + "/ageDays", schemaPath: "#/properties/tokens/items/properties/ageDays/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.ageDays.type }, message: "must be integer,null", schema: schema312.properties.tokens.items.properties.ageDays.type, parentSchema: schema312.properties.tokens.items.properties.ageDays, data: data30 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data17.pending !== void 0) {
              let data31 = data17.pending;
              if (Array.isArray(data31)) {
                const len1 = data31.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data32 = data31[i1];
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    if (data32.action === void 0) {
                      const err80 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1, schemaPath: "#/properties/tokens/items/properties/pending/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema312.properties.tokens.items.properties.pending.items.required, parentSchema: schema312.properties.tokens.items.properties.pending.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                    if (data32.via === void 0) {
                      const err81 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1, schemaPath: "#/properties/tokens/items/properties/pending/items/required", keyword: "required", params: { missingProperty: "via" }, message: "must have required property 'via'", schema: schema312.properties.tokens.items.properties.pending.items.required, parentSchema: schema312.properties.tokens.items.properties.pending.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                    if (data32.link === void 0) {
                      const err82 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1, schemaPath: "#/properties/tokens/items/properties/pending/items/required", keyword: "required", params: { missingProperty: "link" }, message: "must have required property 'link'", schema: schema312.properties.tokens.items.properties.pending.items.required, parentSchema: schema312.properties.tokens.items.properties.pending.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (data32.detail === void 0) {
                      const err83 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1, schemaPath: "#/properties/tokens/items/properties/pending/items/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema312.properties.tokens.items.properties.pending.items.required, parentSchema: schema312.properties.tokens.items.properties.pending.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                    for (const key4 in data32) {
                      if (!(key4 === "action" || key4 === "via" || key4 === "link" || key4 === "detail")) {
                        const err84 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1, schemaPath: "#/properties/tokens/items/properties/pending/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.tokens.items.properties.pending.items, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                    }
                    if (data32.action !== void 0) {
                      let data33 = data32.action;
                      if (!(data33 === "revoke" || data33 === "inactivate" || data33 === "activate" || data33 === "rotate")) {
                        const err85 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1 + "/action", schemaPath: "#/properties/tokens/items/properties/pending/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema312.properties.tokens.items.properties.pending.items.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.tokens.items.properties.pending.items.properties.action.enum, parentSchema: schema312.properties.tokens.items.properties.pending.items.properties.action, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                    if (data32.via !== void 0) {
                      let data34 = data32.via;
                      if (!(data34 === "api" || data34 === "admin")) {
                        const err86 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1 + "/via", schemaPath: "#/properties/tokens/items/properties/pending/items/properties/via/enum", keyword: "enum", params: { allowedValues: schema312.properties.tokens.items.properties.pending.items.properties.via.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.tokens.items.properties.pending.items.properties.via.enum, parentSchema: schema312.properties.tokens.items.properties.pending.items.properties.via, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data32.link !== void 0) {
                      let data35 = data32.link;
                      if (typeof data35 !== "string" && data35 !== null) {
                        const err87 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1 + "/link", schemaPath: "#/properties/tokens/items/properties/pending/items/properties/link/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.pending.items.properties.link.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.pending.items.properties.link.type, parentSchema: schema312.properties.tokens.items.properties.pending.items.properties.link, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                    if (data32.detail !== void 0) {
                      let data36 = data32.detail;
                      if (typeof data36 !== "string" && data36 !== null) {
                        const err88 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1 + "/detail", schemaPath: "#/properties/tokens/items/properties/pending/items/properties/detail/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.pending.items.properties.detail.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.pending.items.properties.detail.type, parentSchema: schema312.properties.tokens.items.properties.pending.items.properties.detail, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err89 = { instancePath: instancePath + "/tokens/" + i0 + "/pending/" + i1, schemaPath: "#/properties/tokens/items/properties/pending/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.tokens.items.properties.pending.items.type, parentSchema: schema312.properties.tokens.items.properties.pending.items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
              } else {
                const err90 = { instancePath: instancePath + "/tokens/" + i0 + "/pending", schemaPath: "#/properties/tokens/items/properties/pending/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.tokens.items.properties.pending.type, parentSchema: schema312.properties.tokens.items.properties.pending, data: data31 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data17.failed !== void 0) {
              let data37 = data17.failed;
              if (Array.isArray(data37)) {
                const len2 = data37.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data38 = data37[i2];
                  if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                    if (data38.action === void 0) {
                      const err91 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2, schemaPath: "#/properties/tokens/items/properties/failed/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema312.properties.tokens.items.properties.failed.items.required, parentSchema: schema312.properties.tokens.items.properties.failed.items, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                    if (data38.via === void 0) {
                      const err92 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2, schemaPath: "#/properties/tokens/items/properties/failed/items/required", keyword: "required", params: { missingProperty: "via" }, message: "must have required property 'via'", schema: schema312.properties.tokens.items.properties.failed.items.required, parentSchema: schema312.properties.tokens.items.properties.failed.items, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                    if (data38.link === void 0) {
                      const err93 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2, schemaPath: "#/properties/tokens/items/properties/failed/items/required", keyword: "required", params: { missingProperty: "link" }, message: "must have required property 'link'", schema: schema312.properties.tokens.items.properties.failed.items.required, parentSchema: schema312.properties.tokens.items.properties.failed.items, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                    if (data38.detail === void 0) {
                      const err94 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2, schemaPath: "#/properties/tokens/items/properties/failed/items/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema312.properties.tokens.items.properties.failed.items.required, parentSchema: schema312.properties.tokens.items.properties.failed.items, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                    for (const key5 in data38) {
                      if (!(key5 === "action" || key5 === "via" || key5 === "link" || key5 === "detail")) {
                        const err95 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2, schemaPath: "#/properties/tokens/items/properties/failed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.tokens.items.properties.failed.items, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                    }
                    if (data38.action !== void 0) {
                      let data39 = data38.action;
                      if (!(data39 === "revoke" || data39 === "inactivate" || data39 === "activate" || data39 === "rotate")) {
                        const err96 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2 + "/action", schemaPath: "#/properties/tokens/items/properties/failed/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema312.properties.tokens.items.properties.failed.items.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.tokens.items.properties.failed.items.properties.action.enum, parentSchema: schema312.properties.tokens.items.properties.failed.items.properties.action, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                    if (data38.via !== void 0) {
                      let data40 = data38.via;
                      if (!(data40 === "api" || data40 === "admin")) {
                        const err97 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2 + "/via", schemaPath: "#/properties/tokens/items/properties/failed/items/properties/via/enum", keyword: "enum", params: { allowedValues: schema312.properties.tokens.items.properties.failed.items.properties.via.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.tokens.items.properties.failed.items.properties.via.enum, parentSchema: schema312.properties.tokens.items.properties.failed.items.properties.via, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err97];
                        } else {
                          vErrors.push(err97);
                        }
                        errors++;
                      }
                    }
                    if (data38.link !== void 0) {
                      let data41 = data38.link;
                      if (typeof data41 !== "string" && data41 !== null) {
                        const err98 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2 + "/link", schemaPath: "#/properties/tokens/items/properties/failed/items/properties/link/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.failed.items.properties.link.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.failed.items.properties.link.type, parentSchema: schema312.properties.tokens.items.properties.failed.items.properties.link, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    }
                    if (data38.detail !== void 0) {
                      let data42 = data38.detail;
                      if (typeof data42 !== "string" && data42 !== null) {
                        const err99 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2 + "/detail", schemaPath: "#/properties/tokens/items/properties/failed/items/properties/detail/type", keyword: "type", params: { type: schema312.properties.tokens.items.properties.failed.items.properties.detail.type }, message: "must be string,null", schema: schema312.properties.tokens.items.properties.failed.items.properties.detail.type, parentSchema: schema312.properties.tokens.items.properties.failed.items.properties.detail, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err100 = { instancePath: instancePath + "/tokens/" + i0 + "/failed/" + i2, schemaPath: "#/properties/tokens/items/properties/failed/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.tokens.items.properties.failed.items.type, parentSchema: schema312.properties.tokens.items.properties.failed.items, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
              } else {
                const err101 = { instancePath: instancePath + "/tokens/" + i0 + "/failed", schemaPath: "#/properties/tokens/items/properties/failed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.tokens.items.properties.failed.type, parentSchema: schema312.properties.tokens.items.properties.failed, data: data37 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data17.findings !== void 0) {
              let data43 = data17.findings;
              if (Array.isArray(data43)) {
                const len3 = data43.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data44 = data43[i3];
                  if (!(data44 === "resurrected" || data44 === "missing" || data44 === "ambiguous" || data44 === "terminal" || data44 === "drift" || data44 === "unobservable" || data44 === "stale-credentials" || data44 === "unknown-certificate" || data44 === "capacity" || data44 === "expired" || data44 === "expiring" || data44 === "unmanaged" || data44 === "rotation-due" || data44 === "unused")) {
                    const err102 = { instancePath: instancePath + "/tokens/" + i0 + "/findings/" + i3, schemaPath: "#/properties/tokens/items/properties/findings/items/enum", keyword: "enum", params: { allowedValues: schema312.properties.tokens.items.properties.findings.items.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.tokens.items.properties.findings.items.enum, parentSchema: schema312.properties.tokens.items.properties.findings.items, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
              } else {
                const err103 = { instancePath: instancePath + "/tokens/" + i0 + "/findings", schemaPath: "#/properties/tokens/items/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.tokens.items.properties.findings.type, parentSchema: schema312.properties.tokens.items.properties.findings, data: data43 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
          } else {
            const err104 = { instancePath: instancePath + "/tokens/" + i0, schemaPath: "#/properties/tokens/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.tokens.items.type, parentSchema: schema312.properties.tokens.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.tokens.type, parentSchema: schema312.properties.tokens, data: data16 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.missing !== void 0) {
      let data45 = data.missing;
      if (Array.isArray(data45)) {
        const len4 = data45.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data46 = data45[i4];
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            if (data46.id === void 0) {
              const err106 = { instancePath: instancePath + "/missing/" + i4, schemaPath: "#/properties/missing/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema312.properties.missing.items.required, parentSchema: schema312.properties.missing.items, data: data46 };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
            if (data46.name === void 0) {
              const err107 = { instancePath: instancePath + "/missing/" + i4, schemaPath: "#/properties/missing/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema312.properties.missing.items.required, parentSchema: schema312.properties.missing.items, data: data46 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            if (data46.message === void 0) {
              const err108 = { instancePath: instancePath + "/missing/" + i4, schemaPath: "#/properties/missing/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema312.properties.missing.items.required, parentSchema: schema312.properties.missing.items, data: data46 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            for (const key6 in data46) {
              if (!(key6 === "id" || key6 === "name" || key6 === "message")) {
                const err109 = { instancePath: instancePath + "/missing/" + i4, schemaPath: "#/properties/missing/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.missing.items, data: data46 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data46.id !== void 0) {
              let data47 = data46.id;
              if (typeof data47 !== "string" && data47 !== null) {
                const err110 = { instancePath: instancePath + "/missing/" + i4 + "/id", schemaPath: "#/properties/missing/items/properties/id/type", keyword: "type", params: { type: schema312.properties.missing.items.properties.id.type }, message: "must be string,null", schema: schema312.properties.missing.items.properties.id.type, parentSchema: schema312.properties.missing.items.properties.id, data: data47 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data46.name !== void 0) {
              let data48 = data46.name;
              if (typeof data48 !== "string" && data48 !== null) {
                const err111 = { instancePath: instancePath + "/missing/" + i4 + "/name", schemaPath: "#/properties/missing/items/properties/name/type", keyword: "type", params: { type: schema312.properties.missing.items.properties.name.type }, message: "must be string,null", schema: schema312.properties.missing.items.properties.name.type, parentSchema: schema312.properties.missing.items.properties.name, data: data48 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data46.message !== void 0) {
              let data49 = data46.message;
              if (typeof data49 !== "string") {
                const err112 = { instancePath: instancePath + "/missing/" + i4 + "/message", schemaPath: "#/properties/missing/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.missing.items.properties.message.type, parentSchema: schema312.properties.missing.items.properties.message, data: data49 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
          } else {
            const err113 = { instancePath: instancePath + "/missing/" + i4, schemaPath: "#/properties/missing/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.missing.items.type, parentSchema: schema312.properties.missing.items, data: data46 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
      } else {
        const err114 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.missing.type, parentSchema: schema312.properties.missing, data: data45 };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
    }
    if (data.certificates !== void 0) {
      let data50 = data.certificates;
      if (Array.isArray(data50)) {
        const len5 = data50.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data51 = data50[i5];
          if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
            if (data51.mapping === void 0) {
              const err115 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "mapping" }, message: "must have required property 'mapping'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data51.clientId === void 0) {
              const err116 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            if (data51.entity === void 0) {
              const err117 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "entity" }, message: "must have required property 'entity'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            if (data51.role === void 0) {
              const err118 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            if (data51.application === void 0) {
              const err119 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "application" }, message: "must have required property 'application'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data51.desired === void 0) {
              const err120 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "desired" }, message: "must have required property 'desired'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            if (data51.state === void 0) {
              const err121 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
            if (data51.protected === void 0) {
              const err122 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "protected" }, message: "must have required property 'protected'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
            if (data51.current === void 0) {
              const err123 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            if (data51.previous === void 0) {
              const err124 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "previous" }, message: "must have required property 'previous'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
            if (data51.rotation === void 0) {
              const err125 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "rotation" }, message: "must have required property 'rotation'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (data51.lastRotation === void 0) {
              const err126 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "lastRotation" }, message: "must have required property 'lastRotation'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (data51.pending === void 0) {
              const err127 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "pending" }, message: "must have required property 'pending'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data51.failed === void 0) {
              const err128 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property 'failed'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (data51.findings === void 0) {
              const err129 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema312.properties.certificates.items.required, parentSchema: schema312.properties.certificates.items, data: data51 };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            for (const key7 in data51) {
              if (!func5.call(schema312.properties.certificates.items.properties, key7)) {
                const err130 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.certificates.items, data: data51 };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data51.mapping !== void 0) {
              let data52 = data51.mapping;
              if (typeof data52 === "string") {
                if (func12(data52) < 1) {
                  const err131 = { instancePath: instancePath + "/certificates/" + i5 + "/mapping", schemaPath: "#/properties/certificates/items/properties/mapping/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.certificates.items.properties.mapping, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              } else {
                const err132 = { instancePath: instancePath + "/certificates/" + i5 + "/mapping", schemaPath: "#/properties/certificates/items/properties/mapping/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.certificates.items.properties.mapping.type, parentSchema: schema312.properties.certificates.items.properties.mapping, data: data52 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data51.clientId !== void 0) {
              let data53 = data51.clientId;
              if (typeof data53 === "string") {
                if (func12(data53) < 1) {
                  const err133 = { instancePath: instancePath + "/certificates/" + i5 + "/clientId", schemaPath: "#/properties/certificates/items/properties/clientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.certificates.items.properties.clientId, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              } else {
                const err134 = { instancePath: instancePath + "/certificates/" + i5 + "/clientId", schemaPath: "#/properties/certificates/items/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.certificates.items.properties.clientId.type, parentSchema: schema312.properties.certificates.items.properties.clientId, data: data53 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data51.entity !== void 0) {
              let data54 = data51.entity;
              if (typeof data54 === "string") {
                if (func12(data54) < 1) {
                  const err135 = { instancePath: instancePath + "/certificates/" + i5 + "/entity", schemaPath: "#/properties/certificates/items/properties/entity/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.certificates.items.properties.entity, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              } else {
                const err136 = { instancePath: instancePath + "/certificates/" + i5 + "/entity", schemaPath: "#/properties/certificates/items/properties/entity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.certificates.items.properties.entity.type, parentSchema: schema312.properties.certificates.items.properties.entity, data: data54 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data51.role !== void 0) {
              let data55 = data51.role;
              if (typeof data55 === "string") {
                if (func12(data55) < 1) {
                  const err137 = { instancePath: instancePath + "/certificates/" + i5 + "/role", schemaPath: "#/properties/certificates/items/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.certificates.items.properties.role, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
              } else {
                const err138 = { instancePath: instancePath + "/certificates/" + i5 + "/role", schemaPath: "#/properties/certificates/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.certificates.items.properties.role.type, parentSchema: schema312.properties.certificates.items.properties.role, data: data55 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data51.application !== void 0) {
              let data56 = data51.application;
              if (typeof data56 !== "string" && data56 !== null) {
                const err139 = { instancePath: instancePath + "/certificates/" + i5 + "/application", schemaPath: "#/properties/certificates/items/properties/application/type", keyword: "type", params: { type: schema312.properties.certificates.items.properties.application.type }, message: "must be string,null", schema: schema312.properties.certificates.items.properties.application.type, parentSchema: schema312.properties.certificates.items.properties.application, data: data56 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data51.desired !== void 0) {
              let data57 = data51.desired;
              if (!(data57 === "active" || data57 === "revoked")) {
                const err140 = { instancePath: instancePath + "/certificates/" + i5 + "/desired", schemaPath: "#/properties/certificates/items/properties/desired/enum", keyword: "enum", params: { allowedValues: schema312.properties.certificates.items.properties.desired.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.certificates.items.properties.desired.enum, parentSchema: schema312.properties.certificates.items.properties.desired, data: data57 };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data51.state !== void 0) {
              let data58 = data51.state;
              if (!(data58 === "active" || data58 === "revoked" || data58 === "none" || data58 === "unobservable")) {
                const err141 = { instancePath: instancePath + "/certificates/" + i5 + "/state", schemaPath: "#/properties/certificates/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema312.properties.certificates.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.certificates.items.properties.state.enum, parentSchema: schema312.properties.certificates.items.properties.state, data: data58 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data51.protected !== void 0) {
              let data59 = data51.protected;
              if (typeof data59 !== "boolean") {
                const err142 = { instancePath: instancePath + "/certificates/" + i5 + "/protected", schemaPath: "#/properties/certificates/items/properties/protected/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema312.properties.certificates.items.properties.protected.type, parentSchema: schema312.properties.certificates.items.properties.protected, data: data59 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data51.current !== void 0) {
              let data60 = data51.current;
              const _errs120 = errors;
              let valid20 = false;
              let passing0 = null;
              const _errs121 = errors;
              if (data60 !== null) {
                const err143 = { instancePath: instancePath + "/certificates/" + i5 + "/current", schemaPath: "#/properties/certificates/items/properties/current/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema312.properties.certificates.items.properties.current.oneOf[0].type, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[0], data: data60 };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
              var _valid0 = _errs121 === errors;
              if (_valid0) {
                valid20 = true;
                passing0 = 0;
              }
              const _errs123 = errors;
              if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                if (data60.certificateId === void 0) {
                  const err144 = { instancePath: instancePath + "/certificates/" + i5 + "/current", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/required", keyword: "required", params: { missingProperty: "certificateId" }, message: "must have required property 'certificateId'", schema: schema312.properties.certificates.items.properties.current.oneOf[1].required, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1], data: data60 };
                  if (vErrors === null) {
                    vErrors = [err144];
                  } else {
                    vErrors.push(err144);
                  }
                  errors++;
                }
                if (data60.algorithm === void 0) {
                  const err145 = { instancePath: instancePath + "/certificates/" + i5 + "/current", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'", schema: schema312.properties.certificates.items.properties.current.oneOf[1].required, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1], data: data60 };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
                if (data60.validFrom === void 0) {
                  const err146 = { instancePath: instancePath + "/certificates/" + i5 + "/current", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/required", keyword: "required", params: { missingProperty: "validFrom" }, message: "must have required property 'validFrom'", schema: schema312.properties.certificates.items.properties.current.oneOf[1].required, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1], data: data60 };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
                if (data60.validUntil === void 0) {
                  const err147 = { instancePath: instancePath + "/certificates/" + i5 + "/current", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/required", keyword: "required", params: { missingProperty: "validUntil" }, message: "must have required property 'validUntil'", schema: schema312.properties.certificates.items.properties.current.oneOf[1].required, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1], data: data60 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
                for (const key8 in data60) {
                  if (!(key8 === "certificateId" || key8 === "algorithm" || key8 === "validFrom" || key8 === "validUntil")) {
                    const err148 = { instancePath: instancePath + "/certificates/" + i5 + "/current", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1], data: data60 };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (data60.certificateId !== void 0) {
                  let data61 = data60.certificateId;
                  if (typeof data61 === "string") {
                    if (func12(data61) < 1) {
                      const err149 = { instancePath: instancePath + "/certificates/" + i5 + "/current/certificateId", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/properties/certificateId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1].properties.certificateId, data: data61 };
                      if (vErrors === null) {
                        vErrors = [err149];
                      } else {
                        vErrors.push(err149);
                      }
                      errors++;
                    }
                  } else {
                    const err150 = { instancePath: instancePath + "/certificates/" + i5 + "/current/certificateId", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/properties/certificateId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.certificates.items.properties.current.oneOf[1].properties.certificateId.type, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1].properties.certificateId, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
                if (data60.algorithm !== void 0) {
                  let data62 = data60.algorithm;
                  if (typeof data62 !== "string" && data62 !== null) {
                    const err151 = { instancePath: instancePath + "/certificates/" + i5 + "/current/algorithm", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/properties/algorithm/type", keyword: "type", params: { type: schema312.properties.certificates.items.properties.current.oneOf[1].properties.algorithm.type }, message: "must be string,null", schema: schema312.properties.certificates.items.properties.current.oneOf[1].properties.algorithm.type, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1].properties.algorithm, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                if (data60.validFrom !== void 0) {
                  let data63 = data60.validFrom;
                  if (typeof data63 !== "string" && data63 !== null) {
                    const err152 = { instancePath: instancePath + "/certificates/" + i5 + "/current/validFrom", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/properties/validFrom/type", keyword: "type", params: { type: schema312.properties.certificates.items.properties.current.oneOf[1].properties.validFrom.type }, message: "must be string,null", schema: schema312.properties.certificates.items.properties.current.oneOf[1].properties.validFrom.type, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1].properties.validFrom, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                }
                if (data60.validUntil !== void 0) {
                  let data64 = data60.validUntil;
                  if (typeof data64 !== "string" && data64 !== null) {
                    const err153 = { instancePath: instancePath + "/certificates/" + i5 + "/current/validUntil", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/properties/validUntil/type", keyword: "type", params: { type: schema312.properties.certificates.items.properties.current.oneOf[1].properties.validUntil.type }, message: "must be string,null", schema: schema312.properties.certificates.items.properties.current.oneOf[1].properties.validUntil.type, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1].properties.validUntil, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
              } else {
                const err154 = { instancePath: instancePath + "/certificates/" + i5 + "/current", schemaPath: "#/properties/certificates/items/properties/current/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.certificates.items.properties.current.oneOf[1].type, parentSchema: schema312.properties.certificates.items.properties.current.oneOf[1], data: data60 };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
              var _valid0 = _errs123 === errors;
              if (_valid0 && valid20) {
                valid20 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid20 = true;
                  passing0 = 1;
                }
              }
              if (!valid20) {
                const err155 = { instancePath: instancePath + "/certificates/" + i5 + "/current", schemaPath: "#/properties/certificates/items/properties/current/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema312.properties.certificates.items.properties.current.oneOf, parentSchema: schema312.properties.certificates.items.properties.current, data: data60 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              } else {
                errors = _errs120;
                if (vErrors !== null) {
                  if (_errs120) {
                    vErrors.length = _errs120;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data51.previous !== void 0) {
              let data65 = data51.previous;
              if (Array.isArray(data65)) {
                const len6 = data65.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data66 = data65[i6];
                  if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                    if (data66.certificateId === void 0) {
                      const err156 = { instancePath: instancePath + "/certificates/" + i5 + "/previous/" + i6, schemaPath: "#/properties/certificates/items/properties/previous/items/required", keyword: "required", params: { missingProperty: "certificateId" }, message: "must have required property 'certificateId'", schema: schema312.properties.certificates.items.properties.previous.items.required, parentSchema: schema312.properties.certificates.items.properties.previous.items, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                    if (data66.retireAfter === void 0) {
                      const err157 = { instancePath: instancePath + "/certificates/" + i5 + "/previous/" + i6, schemaPath: "#/properties/certificates/items/properties/previous/items/required", keyword: "required", params: { missingProperty: "retireAfter" }, message: "must have required property 'retireAfter'", schema: schema312.properties.certificates.items.properties.previous.items.required, parentSchema: schema312.properties.certificates.items.properties.previous.items, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err157];
                      } else {
                        vErrors.push(err157);
                      }
                      errors++;
                    }
                    for (const key9 in data66) {
                      if (!(key9 === "certificateId" || key9 === "retireAfter")) {
                        const err158 = { instancePath: instancePath + "/certificates/" + i5 + "/previous/" + i6, schemaPath: "#/properties/certificates/items/properties/previous/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.certificates.items.properties.previous.items, data: data66 };
                        if (vErrors === null) {
                          vErrors = [err158];
                        } else {
                          vErrors.push(err158);
                        }
                        errors++;
                      }
                    }
                    if (data66.certificateId !== void 0) {
                      let data67 = data66.certificateId;
                      if (typeof data67 !== "string") {
                        const err159 = { instancePath: instancePath + "/certificates/" + i5 + "/previous/" + i6 + "/certificateId", schemaPath: "#/properties/certificates/items/properties/previous/items/properties/certificateId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.certificates.items.properties.previous.items.properties.certificateId.type, parentSchema: schema312.properties.certificates.items.properties.previous.items.properties.certificateId, data: data67 };
                        if (vErrors === null) {
                          vErrors = [err159];
                        } else {
                          vErrors.push(err159);
                        }
                        errors++;
                      }
                    }
                    if (data66.retireAfter !== void 0) {
                      let data68 = data66.retireAfter;
                      if (typeof data68 !== "string") {
                        const err160 = { instancePath: instancePath + "/certificates/" + i5 + "/previous/" + i6 + "/retireAfter", schemaPath: "#/properties/certificates/items/properties/previous/items/properties/retireAfter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.certificates.items.properties.previous.items.properties.retireAfter.type, parentSchema: schema312.properties.certificates.items.properties.previous.items.properties.retireAfter, data: data68 };
                        if (vErrors === null) {
                          vErrors = [err160];
                        } else {
                          vErrors.push(err160);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err161 = { instancePath: instancePath + "/certificates/" + i5 + "/previous/" + i6, schemaPath: "#/properties/certificates/items/properties/previous/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.certificates.items.properties.previous.items.type, parentSchema: schema312.properties.certificates.items.properties.previous.items, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
              } else {
                const err162 = { instancePath: instancePath + "/certificates/" + i5 + "/previous", schemaPath: "#/properties/certificates/items/properties/previous/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.certificates.items.properties.previous.type, parentSchema: schema312.properties.certificates.items.properties.previous, data: data65 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data51.rotation !== void 0) {
              let data69 = data51.rotation;
              if (data69 !== null) {
                const err163 = { instancePath: instancePath + "/certificates/" + i5 + "/rotation", schemaPath: "#/properties/certificates/items/properties/rotation/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema312.properties.certificates.items.properties.rotation.type, parentSchema: schema312.properties.certificates.items.properties.rotation, data: data69 };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
            if (data51.lastRotation !== void 0) {
              let data70 = data51.lastRotation;
              const _errs146 = errors;
              let valid25 = false;
              let passing1 = null;
              const _errs147 = errors;
              if (data70 !== null) {
                const err164 = { instancePath: instancePath + "/certificates/" + i5 + "/lastRotation", schemaPath: "#/properties/certificates/items/properties/lastRotation/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema312.properties.certificates.items.properties.lastRotation.oneOf[0].type, parentSchema: schema312.properties.certificates.items.properties.lastRotation.oneOf[0], data: data70 };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
              var _valid1 = _errs147 === errors;
              if (_valid1) {
                valid25 = true;
                passing1 = 0;
              }
              const _errs149 = errors;
              if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                if (data70.certificateId === void 0) {
                  const err165 = { instancePath: instancePath + "/certificates/" + i5 + "/lastRotation", schemaPath: "#/properties/certificates/items/properties/lastRotation/oneOf/1/required", keyword: "required", params: { missingProperty: "certificateId" }, message: "must have required property 'certificateId'", schema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1].required, parentSchema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1], data: data70 };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
                if (data70.completedAt === void 0) {
                  const err166 = { instancePath: instancePath + "/certificates/" + i5 + "/lastRotation", schemaPath: "#/properties/certificates/items/properties/lastRotation/oneOf/1/required", keyword: "required", params: { missingProperty: "completedAt" }, message: "must have required property 'completedAt'", schema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1].required, parentSchema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1], data: data70 };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
                for (const key10 in data70) {
                  if (!(key10 === "certificateId" || key10 === "completedAt")) {
                    const err167 = { instancePath: instancePath + "/certificates/" + i5 + "/lastRotation", schemaPath: "#/properties/certificates/items/properties/lastRotation/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1], data: data70 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
                if (data70.certificateId !== void 0) {
                  let data71 = data70.certificateId;
                  if (typeof data71 !== "string") {
                    const err168 = { instancePath: instancePath + "/certificates/" + i5 + "/lastRotation/certificateId", schemaPath: "#/properties/certificates/items/properties/lastRotation/oneOf/1/properties/certificateId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1].properties.certificateId.type, parentSchema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1].properties.certificateId, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                }
                if (data70.completedAt !== void 0) {
                  let data72 = data70.completedAt;
                  if (typeof data72 !== "string") {
                    const err169 = { instancePath: instancePath + "/certificates/" + i5 + "/lastRotation/completedAt", schemaPath: "#/properties/certificates/items/properties/lastRotation/oneOf/1/properties/completedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1].properties.completedAt.type, parentSchema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1].properties.completedAt, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                }
              } else {
                const err170 = { instancePath: instancePath + "/certificates/" + i5 + "/lastRotation", schemaPath: "#/properties/certificates/items/properties/lastRotation/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1].type, parentSchema: schema312.properties.certificates.items.properties.lastRotation.oneOf[1], data: data70 };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
              var _valid1 = _errs149 === errors;
              if (_valid1 && valid25) {
                valid25 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid25 = true;
                  passing1 = 1;
                }
              }
              if (!valid25) {
                const err171 = { instancePath: instancePath + "/certificates/" + i5 + "/lastRotation", schemaPath: "#/properties/certificates/items/properties/lastRotation/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema312.properties.certificates.items.properties.lastRotation.oneOf, parentSchema: schema312.properties.certificates.items.properties.lastRotation, data: data70 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              } else {
                errors = _errs146;
                if (vErrors !== null) {
                  if (_errs146) {
                    vErrors.length = _errs146;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data51.pending !== void 0) {
              let data73 = data51.pending;
              if (Array.isArray(data73)) {
                const len7 = data73.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data74 = data73[i7];
                  if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                    if (data74.action === void 0) {
                      const err172 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7, schemaPath: "#/properties/certificates/items/properties/pending/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema312.properties.certificates.items.properties.pending.items.required, parentSchema: schema312.properties.certificates.items.properties.pending.items, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                    if (data74.via === void 0) {
                      const err173 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7, schemaPath: "#/properties/certificates/items/properties/pending/items/required", keyword: "required", params: { missingProperty: "via" }, message: "must have required property 'via'", schema: schema312.properties.certificates.items.properties.pending.items.required, parentSchema: schema312.properties.certificates.items.properties.pending.items, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                    if (data74.link === void 0) {
                      const err174 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7, schemaPath: "#/properties/certificates/items/properties/pending/items/required", keyword: "required", params: { missingProperty: "link" }, message: "must have required property 'link'", schema: schema312.properties.certificates.items.properties.pending.items.required, parentSchema: schema312.properties.certificates.items.properties.pending.items, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                    if (data74.detail === void 0) {
                      const err175 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7, schemaPath: "#/properties/certificates/items/properties/pending/items/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema312.properties.certificates.items.properties.pending.items.required, parentSchema: schema312.properties.certificates.items.properties.pending.items, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err175];
                      } else {
                        vErrors.push(err175);
                      }
                      errors++;
                    }
                    for (const key11 in data74) {
                      if (!(key11 === "action" || key11 === "via" || key11 === "link" || key11 === "detail")) {
                        const err176 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7, schemaPath: "#/properties/certificates/items/properties/pending/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.certificates.items.properties.pending.items, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err176];
                        } else {
                          vErrors.push(err176);
                        }
                        errors++;
                      }
                    }
                    if (data74.action !== void 0) {
                      let data75 = data74.action;
                      if (!(data75 === "revoke" || data75 === "inactivate" || data75 === "activate" || data75 === "rotate")) {
                        const err177 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7 + "/action", schemaPath: "#/properties/certificates/items/properties/pending/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema312.properties.certificates.items.properties.pending.items.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.certificates.items.properties.pending.items.properties.action.enum, parentSchema: schema312.properties.certificates.items.properties.pending.items.properties.action, data: data75 };
                        if (vErrors === null) {
                          vErrors = [err177];
                        } else {
                          vErrors.push(err177);
                        }
                        errors++;
                      }
                    }
                    if (data74.via !== void 0) {
                      let data76 = data74.via;
                      if (!(data76 === "api" || data76 === "admin")) {
                        const err178 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7 + "/via", schemaPath: "#/properties/certificates/items/properties/pending/items/properties/via/enum", keyword: "enum", params: { allowedValues: schema312.properties.certificates.items.properties.pending.items.properties.via.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.certificates.items.properties.pending.items.properties.via.enum, parentSchema: schema312.properties.certificates.items.properties.pending.items.properties.via, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err178];
                        } else {
                          vErrors.push(err178);
                        }
                        errors++;
                      }
                    }
                    if (data74.link !== void 0) {
                      let data77 = data74.link;
                      if (typeof data77 !== "string" && data77 !== null) {
                        const err179 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7 + "/link", schemaPath: "#/properties/certificates/items/properties/pending/items/properties/link/type", keyword: "type", params: { type: schema312.properties.certificates.items.properties.pending.items.properties.link.type }, message: "must be string,null", schema: schema312.properties.certificates.items.properties.pending.items.properties.link.type, parentSchema: schema312.properties.certificates.items.properties.pending.items.properties.link, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err179];
                        } else {
                          vErrors.push(err179);
                        }
                        errors++;
                      }
                    }
                    if (data74.detail !== void 0) {
                      let data78 = data74.detail;
                      if (typeof data78 !== "string" && data78 !== null) {
                        const err180 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7 + "/detail", schemaPath: "#/properties/certificates/items/properties/pending/items/properties/detail/type", keyword: "type", params: { type: schema312.properties.certificates.items.properties.pending.items.properties.detail.type }, message: "must be string,null", schema: schema312.properties.certificates.items.properties.pending.items.properties.detail.type, parentSchema: schema312.properties.certificates.items.properties.pending.items.properties.detail, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err180];
                        } else {
                          vErrors.push(err180);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err181 = { instancePath: instancePath + "/certificates/" + i5 + "/pending/" + i7, schemaPath: "#/properties/certificates/items/properties/pending/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.certificates.items.properties.pending.items.type, parentSchema: schema312.properties.certificates.items.properties.pending.items, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                }
              } else {
                const err182 = { instancePath: instancePath + "/certificates/" + i5 + "/pending", schemaPath: "#/properties/certificates/items/properties/pending/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.certificates.items.properties.pending.type, parentSchema: schema312.properties.certificates.items.properties.pending, data: data73 };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
            }
            if (data51.failed !== void 0) {
              let data79 = data51.failed;
              if (Array.isArray(data79)) {
                const len8 = data79.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data80 = data79[i8];
                  if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                    if (data80.action === void 0) {
                      const err183 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8, schemaPath: "#/properties/certificates/items/properties/failed/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema312.properties.certificates.items.properties.failed.items.required, parentSchema: schema312.properties.certificates.items.properties.failed.items, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err183];
                      } else {
                        vErrors.push(err183);
                      }
                      errors++;
                    }
                    if (data80.via === void 0) {
                      const err184 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8, schemaPath: "#/properties/certificates/items/properties/failed/items/required", keyword: "required", params: { missingProperty: "via" }, message: "must have required property 'via'", schema: schema312.properties.certificates.items.properties.failed.items.required, parentSchema: schema312.properties.certificates.items.properties.failed.items, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err184];
                      } else {
                        vErrors.push(err184);
                      }
                      errors++;
                    }
                    if (data80.link === void 0) {
                      const err185 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8, schemaPath: "#/properties/certificates/items/properties/failed/items/required", keyword: "required", params: { missingProperty: "link" }, message: "must have required property 'link'", schema: schema312.properties.certificates.items.properties.failed.items.required, parentSchema: schema312.properties.certificates.items.properties.failed.items, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err185];
                      } else {
                        vErrors.push(err185);
                      }
                      errors++;
                    }
                    if (data80.detail === void 0) {
                      const err186 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8, schemaPath: "#/properties/certificates/items/properties/failed/items/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema312.properties.certificates.items.properties.failed.items.required, parentSchema: schema312.properties.certificates.items.properties.failed.items, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err186];
                      } else {
                        vErrors.push(err186);
                      }
                      errors++;
                    }
                    for (const key12 in data80) {
                      if (!(key12 === "action" || key12 === "via" || key12 === "link" || key12 === "detail")) {
                        const err187 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8, schemaPath: "#/properties/certificates/items/properties/failed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.certificates.items.properties.failed.items, data: data80 };
                        if (vErrors === null) {
                          vErrors = [err187];
                        } else {
                          vErrors.push(err187);
                        }
                        errors++;
                      }
                    }
                    if (data80.action !== void 0) {
                      let data81 = data80.action;
                      if (!(data81 === "revoke" || data81 === "inactivate" || data81 === "activate" || data81 === "rotate")) {
                        const err188 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8 + "/action", schemaPath: "#/properties/certificates/items/properties/failed/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema312.properties.certificates.items.properties.failed.items.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.certificates.items.properties.failed.items.properties.action.enum, parentSchema: schema312.properties.certificates.items.properties.failed.items.properties.action, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err188];
                        } else {
                          vErrors.push(err188);
                        }
                        errors++;
                      }
                    }
                    if (data80.via !== void 0) {
                      let data82 = data80.via;
                      if (!(data82 === "api" || data82 === "admin")) {
                        const err189 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8 + "/via", schemaPath: "#/properties/certificates/items/properties/failed/items/properties/via/enum", keyword: "enum", params: { allowedValues: schema312.properties.certificates.items.properties.failed.items.properties.via.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.certificates.items.properties.failed.items.properties.via.enum, parentSchema: schema312.properties.certificates.items.properties.failed.items.properties.via, data: data82 };
                        if (vErrors === null) {
                          vErrors = [err189];
                        } else {
                          vErrors.push(err189);
                        }
                        errors++;
                      }
                    }
                    if (data80.link !== void 0) {
                      let data83 = data80.link;
                      if (typeof data83 !== "string" && data83 !== null) {
                        const err190 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8 + "/link", schemaPath: "#/properties/certificates/items/properties/failed/items/properties/link/type", keyword: "type", params: { type: schema312.properties.certificates.items.properties.failed.items.properties.link.type }, message: "must be string,null", schema: schema312.properties.certificates.items.properties.failed.items.properties.link.type, parentSchema: schema312.properties.certificates.items.properties.failed.items.properties.link, data: data83 };
                        if (vErrors === null) {
                          vErrors = [err190];
                        } else {
                          vErrors.push(err190);
                        }
                        errors++;
                      }
                    }
                    if (data80.detail !== void 0) {
                      let data84 = data80.detail;
                      if (typeof data84 !== "string" && data84 !== null) {
                        const err191 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8 + "/detail", schemaPath: "#/properties/certificates/items/properties/failed/items/properties/detail/type", keyword: "type", params: { type: schema312.properties.certificates.items.properties.failed.items.properties.detail.type }, message: "must be string,null", schema: schema312.properties.certificates.items.properties.failed.items.properties.detail.type, parentSchema: schema312.properties.certificates.items.properties.failed.items.properties.detail, data: data84 };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err192 = { instancePath: instancePath + "/certificates/" + i5 + "/failed/" + i8, schemaPath: "#/properties/certificates/items/properties/failed/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.certificates.items.properties.failed.items.type, parentSchema: schema312.properties.certificates.items.properties.failed.items, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
              } else {
                const err193 = { instancePath: instancePath + "/certificates/" + i5 + "/failed", schemaPath: "#/properties/certificates/items/properties/failed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.certificates.items.properties.failed.type, parentSchema: schema312.properties.certificates.items.properties.failed, data: data79 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            if (data51.findings !== void 0) {
              let data85 = data51.findings;
              if (Array.isArray(data85)) {
                const len9 = data85.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data86 = data85[i9];
                  if (!(data86 === "missing" || data86 === "ambiguous" || data86 === "terminal" || data86 === "drift" || data86 === "unobservable" || data86 === "stale-credentials" || data86 === "unknown-certificate" || data86 === "capacity" || data86 === "expired" || data86 === "expiring" || data86 === "unmanaged" || data86 === "rotation-due" || data86 === "unused")) {
                    const err194 = { instancePath: instancePath + "/certificates/" + i5 + "/findings/" + i9, schemaPath: "#/properties/certificates/items/properties/findings/items/enum", keyword: "enum", params: { allowedValues: schema312.properties.certificates.items.properties.findings.items.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.certificates.items.properties.findings.items.enum, parentSchema: schema312.properties.certificates.items.properties.findings.items, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err194];
                    } else {
                      vErrors.push(err194);
                    }
                    errors++;
                  }
                }
              } else {
                const err195 = { instancePath: instancePath + "/certificates/" + i5 + "/findings", schemaPath: "#/properties/certificates/items/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.certificates.items.properties.findings.type, parentSchema: schema312.properties.certificates.items.properties.findings, data: data85 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
          } else {
            const err196 = { instancePath: instancePath + "/certificates/" + i5, schemaPath: "#/properties/certificates/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.certificates.items.type, parentSchema: schema312.properties.certificates.items, data: data51 };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
      } else {
        const err197 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.certificates.type, parentSchema: schema312.properties.certificates, data: data50 };
        if (vErrors === null) {
          vErrors = [err197];
        } else {
          vErrors.push(err197);
        }
        errors++;
      }
    }
  } else {
    const err198 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.type, parentSchema: schema312, data };
    if (vErrors === null) {
      vErrors = [err198];
    } else {
      vErrors.push(err198);
    }
    errors++;
  }
  validate202.errors = vErrors;
  return errors === 0;
}
var ajvRuntime02, validate2, status_validator_default, schema312, func12, func5;
var init_status_validator = __esm({
  "src/schemas/generated/status.validator.js"() {
    "use strict";
    ajvRuntime02 = function ucs2length2(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    };
    validate2 = validate202;
    status_validator_default = validate202;
    schema312 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://netsuite-token-gitops.dev/schemas/status.schema.json", "title": "netsuite-tokens status file", "description": "The status file netsuite-tokens writes next to the desired-state file after every apply (netsuite-tokens.status.yaml): what NetSuite showed, what was done, what is pending. Reviewers read it in the results pull request; its git history is the audit trail; the next run reads it back for the tokens ever protected and the last state of each token. Written by the operator, never by hand.", "type": "object", "additionalProperties": false, "required": ["statusVersion", "account", "run", "observedAt", "summary", "tokens", "missing"], "properties": { "statusVersion": { "description": "Version of this file's format: 2 since certificate mappings joined (version 1 files are read and rewritten as 2). Readers refuse versions they do not know.", "enum": [1, 2] }, "account": { "description": "NetSuite account id in realm form, such as 1234567_SB1.", "type": "string", "minLength": 1 }, "run": { "description": "The apply run that wrote the file.", "type": "object", "additionalProperties": false, "required": ["startedAt", "finishedAt", "url"], "properties": { "startedAt": { "description": "When the run started (ISO-8601 instant).", "type": "string", "minLength": 1 }, "finishedAt": { "description": "When the run finished (ISO-8601 instant).", "type": "string", "minLength": 1 }, "url": { "description": "Link to the CI run that wrote the file, or null when it ran elsewhere.", "type": ["string", "null"] } } }, "observedAt": { "description": "When NetSuite was observed to verify the run (ISO-8601 instant); every token below is as NetSuite showed it then.", "type": "string", "minLength": 1 }, "summary": { "description": "Counts over the run.", "type": "object", "additionalProperties": false, "required": ["tokens", "managed", "done", "pending", "failed", "blocked", "confirmed", "findings"], "properties": { "tokens": { "description": "Tokens observed in the account.", "type": "integer", "minimum": 0 }, "managed": { "description": "Observed tokens matched by a declared entry.", "type": "integer", "minimum": 0 }, "done": { "description": "Changes the operator made through the API in this run.", "type": "integer", "minimum": 0 }, "pending": { "description": "Changes left for an administrator in the NetSuite UI.", "type": "integer", "minimum": 0 }, "failed": { "description": "Changes that were tried and failed.", "type": "integer", "minimum": 0 }, "blocked": { "description": "Changes a guard blocked (protected, the operator's own token, over the limit).", "type": "integer", "minimum": 0 }, "confirmed": { "description": "Administrator changes left pending by earlier runs that this run saw done.", "type": "integer", "minimum": 0 }, "findings": { "description": "Findings of the plan, of every kind.", "type": "integer", "minimum": 0 } } }, "tokens": { "description": "Every token in the account as the verifying observation showed it, ordered by id.", "type": "array", "items": { "description": "One token: what NetSuite showed, what the file declares for it, and what is still to do.", "type": "object", "additionalProperties": false, "required": ["id", "name", "application", "user", "role", "state", "desired", "owner", "protected", "createdAt", "revokedAt", "lastUsedAt", "ageDays", "pending", "failed", "findings"], "properties": { "id": { "description": "NetSuite internal id of the token (oauthtoken.id).", "type": "string", "minLength": 1 }, "name": { "description": "Token name as NetSuite shows it.", "type": "string" }, "application": { "description": "Integration (application) name.", "type": ["string", "null"] }, "user": { "description": "The entity (user) the token belongs to.", "type": ["string", "null"] }, "role": { "description": "The role the token signs in with.", "type": ["string", "null"] }, "state": { "description": "The state NetSuite showed.", "enum": ["active", "inactive", "revoked"] }, "desired": { "description": "The state the desired-state file declares, or null when no entry declares this token.", "enum": ["active", "inactive", "revoked", null] }, "owner": { "description": "The owner the file names for the token, or null.", "type": ["string", "null"] }, "protected": { "description": "Whether the token is protected, now or by an earlier run (protection is remembered after the entry is removed).", "type": "boolean" }, "createdAt": { "description": "When the token was created, as NetSuite reports it, or null.", "type": ["string", "null"] }, "revokedAt": { "description": "When the token was revoked, as NetSuite reports it, or null.", "type": ["string", "null"] }, "lastUsedAt": { "description": "The UTC date (YYYY-MM-DD) of the token's last successful login in the Login Audit Trail, or null when none is known. A day, so that same-day logins leave the file as it was (files written by 0.1 hold an instant).", "type": ["string", "null"] }, "ageDays": { "description": "Age in whole days at observedAt, or null when the creation date is unknown.", "type": ["integer", "null"] }, "pending": { "description": "Changes waiting for an administrator in the NetSuite UI.", "type": "array", "items": { "description": "One change that is pending or failed.", "type": "object", "additionalProperties": false, "required": ["action", "via", "link", "detail"], "properties": { "action": { "description": "What happens to the token or certificate.", "enum": ["revoke", "inactivate", "activate", "rotate"] }, "via": { "description": "api: the operator applies it through the API. admin: an administrator does it in the NetSuite UI.", "enum": ["api", "admin"] }, "link": { "description": "Deep link to the token's page in the NetSuite UI, or null.", "type": ["string", "null"] }, "detail": { "description": "Why it failed or what to check, in one sentence, or null.", "type": ["string", "null"] } } } }, "failed": { "description": "Changes that were tried in this run and failed.", "type": "array", "items": { "description": "One change that is pending or failed.", "type": "object", "additionalProperties": false, "required": ["action", "via", "link", "detail"], "properties": { "action": { "description": "What happens to the token or certificate.", "enum": ["revoke", "inactivate", "activate", "rotate"] }, "via": { "description": "api: the operator applies it through the API. admin: an administrator does it in the NetSuite UI.", "enum": ["api", "admin"] }, "link": { "description": "Deep link to the token's page in the NetSuite UI, or null.", "type": ["string", "null"] }, "detail": { "description": "Why it failed or what to check, in one sentence, or null.", "type": ["string", "null"] } } } }, "findings": { "description": "Kinds of the findings about this token. resurrected: recorded revoked by an earlier run, live now (a sandbox refresh or the wrong account). unmanaged: in NetSuite, not declared. rotation-due: older than maxAge. unused: no successful login for unusedFor. terminal: revoked but declared active or inactive. drift: moved away from its desired state since the last run. (missing and ambiguous are about entries, not tokens.)", "type": "array", "items": { "description": "A finding kind.", "enum": ["resurrected", "missing", "ambiguous", "terminal", "drift", "unobservable", "stale-credentials", "unknown-certificate", "capacity", "expired", "expiring", "unmanaged", "rotation-due", "unused"] } } } } }, "missing": { "description": "Declared entries with no token in NetSuite (deleted with their entity, or never created).", "type": "array", "items": { "description": "A declared entry with no token in NetSuite.", "type": "object", "additionalProperties": false, "required": ["id", "name", "message"], "properties": { "id": { "description": "The id the entry declares, or null.", "type": ["string", "null"] }, "name": { "description": "The name the entry declares, or null.", "type": ["string", "null"] }, "message": { "description": "One sentence saying what was found and what to do.", "type": "string" } } } }, "certificates": { "description": "statusVersion 2: every declared certificate mapping, ordered by name.", "type": "array", "items": { "description": "One declared OAuth 2.0 client-credentials mapping as the verifying observation showed it (SPEC \xA712.4).", "type": "object", "additionalProperties": false, "required": ["mapping", "clientId", "entity", "role", "application", "desired", "state", "protected", "current", "previous", "rotation", "lastRotation", "pending", "failed", "findings"], "properties": { "mapping": { "description": "The mapping's name in the desired-state file.", "type": "string", "minLength": 1 }, "clientId": { "description": "The integration record's client ID.", "type": "string", "minLength": 1 }, "entity": { "description": "Internal id of the entity the mapping signs in as.", "type": "string", "minLength": 1 }, "role": { "description": "Internal id of the role.", "type": "string", "minLength": 1 }, "application": { "description": "The integration's name as NetSuite shows it, or null.", "type": ["string", "null"] }, "desired": { "description": "The state the file declares.", "enum": ["active", "revoked"] }, "state": { "description": "What its certificates came to: active (one is), revoked (all revoked or expired), none (no certificate), unobservable (its own token could not list them).", "enum": ["active", "revoked", "none", "unobservable"] }, "protected": { "description": "Whether the mapping is protected, now or by an earlier run.", "type": "boolean" }, "current": { "description": "The certificate its consumers use, or null.", "oneOf": [{ "type": "null" }, { "description": "A certificate of a mapping.", "type": "object", "additionalProperties": false, "required": ["certificateId", "algorithm", "validFrom", "validUntil"], "properties": { "certificateId": { "description": "The certificate id (the JWT kid).", "type": "string", "minLength": 1 }, "algorithm": { "description": "The algorithm NetSuite reports for it, or null.", "type": ["string", "null"] }, "validFrom": { "description": "When it became valid (ISO-8601 instant), or null.", "type": ["string", "null"] }, "validUntil": { "description": "When it expires (ISO-8601 instant), or null.", "type": ["string", "null"] } } }] }, "previous": { "description": "Superseded certificates still to retire.", "type": "array", "items": { "description": "A superseded certificate and when it may be revoked.", "type": "object", "additionalProperties": false, "required": ["certificateId", "retireAfter"], "properties": { "certificateId": { "description": "The certificate id.", "type": "string" }, "retireAfter": { "description": "ISO-8601 instant after which it is revoked.", "type": "string" } } } }, "rotation": { "description": "A rotation in progress; null when none.", "type": "null" }, "lastRotation": { "description": "The last completed rotation, or null.", "oneOf": [{ "type": "null" }, { "type": "object", "description": "The certificate the last rotation put in place, and when it completed.", "additionalProperties": false, "required": ["certificateId", "completedAt"], "properties": { "certificateId": { "description": "The certificate id.", "type": "string" }, "completedAt": { "description": "ISO-8601 instant.", "type": "string" } } }] }, "pending": { "description": "Changes waiting for an administrator.", "type": "array", "items": { "description": "One change that is pending or failed.", "type": "object", "additionalProperties": false, "required": ["action", "via", "link", "detail"], "properties": { "action": { "description": "What happens to the token or certificate.", "enum": ["revoke", "inactivate", "activate", "rotate"] }, "via": { "description": "api: the operator applies it through the API. admin: an administrator does it in the NetSuite UI.", "enum": ["api", "admin"] }, "link": { "description": "Deep link to the token's page in the NetSuite UI, or null.", "type": ["string", "null"] }, "detail": { "description": "Why it failed or what to check, in one sentence, or null.", "type": ["string", "null"] } } } }, "failed": { "description": "Changes tried in this run that failed.", "type": "array", "items": { "description": "One change that is pending or failed.", "type": "object", "additionalProperties": false, "required": ["action", "via", "link", "detail"], "properties": { "action": { "description": "What happens to the token or certificate.", "enum": ["revoke", "inactivate", "activate", "rotate"] }, "via": { "description": "api: the operator applies it through the API. admin: an administrator does it in the NetSuite UI.", "enum": ["api", "admin"] }, "link": { "description": "Deep link to the token's page in the NetSuite UI, or null.", "type": ["string", "null"] }, "detail": { "description": "Why it failed or what to check, in one sentence, or null.", "type": ["string", "null"] } } } }, "findings": { "description": "Kinds of the findings about this mapping.", "type": "array", "items": { "description": "A finding kind.", "enum": ["missing", "ambiguous", "terminal", "drift", "unobservable", "stale-credentials", "unknown-certificate", "capacity", "expired", "expiring", "unmanaged", "rotation-due", "unused"] } } } } } } };
    func12 = ajvRuntime02;
    func5 = Object.prototype.hasOwnProperty;
    validate202.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// src/schemas/generated/plan.validator.js
var plan_validator_exports = {};
__export(plan_validator_exports, {
  default: () => plan_validator_default,
  validate: () => validate3
});
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.application === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "application" }, message: "must have required property 'application'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.user === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "id" || key0 === "name" || key0 === "application" || key0 === "user" || key0 === "role")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("tba-token" !== data0) {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "tba-token" }, message: "must be equal to constant", schema: "tba-token", parentSchema: schema34.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 !== "string" && data1 !== null) {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema35.type }, message: "must be string,null", schema: schema35.type, parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema35.type }, message: "must be string,null", schema: schema35.type, parentSchema: schema35, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.application !== void 0) {
      let data3 = data.application;
      if (typeof data3 !== "string" && data3 !== null) {
        const err10 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema35.type }, message: "must be string,null", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data4 = data.user;
      if (typeof data4 !== "string" && data4 !== null) {
        const err11 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema35.type }, message: "must be string,null", schema: schema35.type, parentSchema: schema35, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data5 = data.role;
      if (typeof data5 !== "string" && data5 !== null) {
        const err12 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema35.type }, message: "must be string,null", schema: schema35.type, parentSchema: schema35, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.clientId === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.entity === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entity" }, message: "must have required property 'entity'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.application === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "application" }, message: "must have required property 'application'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "id" || key0 === "name" || key0 === "clientId" || key0 === "entity" || key0 === "role" || key0 === "application")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("m2m-certificate" !== data0) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "m2m-certificate" }, message: "must be equal to constant", schema: "m2m-certificate", parentSchema: schema40.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 !== "string" && data1 !== null) {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema35.type }, message: "must be string,null", schema: schema35.type, parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.name.type, parentSchema: schema40.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.clientId !== void 0) {
      let data3 = data.clientId;
      if (typeof data3 !== "string") {
        const err11 = { instancePath: instancePath + "/clientId", schemaPath: "#/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.clientId.type, parentSchema: schema40.properties.clientId, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.entity !== void 0) {
      let data4 = data.entity;
      if (typeof data4 !== "string") {
        const err12 = { instancePath: instancePath + "/entity", schemaPath: "#/properties/entity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.entity.type, parentSchema: schema40.properties.entity, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data5 = data.role;
      if (typeof data5 !== "string") {
        const err13 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.role.type, parentSchema: schema40.properties.role, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.application !== void 0) {
      let data6 = data.application;
      if (typeof data6 !== "string" && data6 !== null) {
        const err14 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema35.type }, message: "must be string,null", schema: schema35.type, parentSchema: schema35, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = true;
  }
  const _errs2 = errors;
  if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = true;
      }
    }
  }
  if (!valid0) {
    const err0 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema33.oneOf, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate22.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.subject === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.from === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.to === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.via === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "via" }, message: "must have required property 'via'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.blocked === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blocked" }, message: "must have required property 'blocked'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema32.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      if (!validate22(data.subject, { instancePath: instancePath + "/subject", parentData: data, parentDataProperty: "subject", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.action !== void 0) {
      let data1 = data.action;
      if (!(data1 === "revoke" || data1 === "inactivate" || data1 === "activate" || data1 === "rotate")) {
        const err10 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema32.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.action.enum, parentSchema: schema32.properties.action, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data2 = data.from;
      if (!(data2 === "active" || data2 === "inactive" || data2 === "revoked" || data2 === "expired" || data2 === "none")) {
        const err11 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data3 = data.to;
      if (!(data3 === "active" || data3 === "inactive" || data3 === "revoked" || data3 === "expired" || data3 === "none")) {
        const err12 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.via !== void 0) {
      let data4 = data.via;
      if (!(data4 === "api" || data4 === "admin")) {
        const err13 = { instancePath: instancePath + "/via", schemaPath: "#/properties/via/enum", keyword: "enum", params: { allowedValues: schema32.properties.via.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.via.enum, parentSchema: schema32.properties.via, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data5 = data.reason;
      if (!(data5 === "declared" || data5 === "unmanaged-policy" || data5 === "expiring" || data5 === "forced" || data5 === "missing")) {
        const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/enum", keyword: "enum", params: { allowedValues: schema32.properties.reason.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.reason.enum, parentSchema: schema32.properties.reason, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.blocked !== void 0) {
      let data6 = data.blocked;
      if (!(data6 === "protected" || data6 === "over-limit" || data6 === "self" || data6 === "capacity" || data6 === null)) {
        const err15 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/enum", keyword: "enum", params: { allowedValues: schema32.properties.blocked.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.blocked.enum, parentSchema: schema32.properties.blocked, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data7 = data.owner;
      if (typeof data7 !== "string" && data7 !== null) {
        const err16 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema35.type }, message: "must be string,null", schema: schema35.type, parentSchema: schema35, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data8 = data.message;
      if (typeof data8 === "string") {
        if (func13(data8) < 1) {
          const err17 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.message, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.message.type, parentSchema: schema32.properties.message, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func3.call(schema47.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ageDays !== void 0) {
      let data0 = data.ageDays;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err1 = { instancePath: instancePath + "/ageDays", schemaPath: "#/properties/ageDays/type", keyword: "type", params: { type: schema47.properties.ageDays.type }, message: "must be integer,null", schema: schema47.properties.ageDays.type, parentSchema: schema47.properties.ageDays, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/ageDays", schemaPath: "#/properties/ageDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.ageDays, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.createdAt !== void 0) {
      let data1 = data.createdAt;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.createdAt.type, parentSchema: schema47.properties.createdAt, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.limit !== void 0) {
      let data2 = data.limit;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.limit.type, parentSchema: schema47.properties.limit, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.limitSource !== void 0) {
      let data3 = data.limitSource;
      if (!(data3 === "entry" || data3 === "policy")) {
        const err5 = { instancePath: instancePath + "/limitSource", schemaPath: "#/properties/limitSource/enum", keyword: "enum", params: { allowedValues: schema47.properties.limitSource.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.limitSource.enum, parentSchema: schema47.properties.limitSource, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.lastUsedAt !== void 0) {
      let data4 = data.lastUsedAt;
      if (typeof data4 !== "string" && data4 !== null) {
        const err6 = { instancePath: instancePath + "/lastUsedAt", schemaPath: "#/properties/lastUsedAt/type", keyword: "type", params: { type: schema47.properties.lastUsedAt.type }, message: "must be string,null", schema: schema47.properties.lastUsedAt.type, parentSchema: schema47.properties.lastUsedAt, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.idleDays !== void 0) {
      let data5 = data.idleDays;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
        const err7 = { instancePath: instancePath + "/idleDays", schemaPath: "#/properties/idleDays/type", keyword: "type", params: { type: schema47.properties.idleDays.type }, message: "must be integer,null", schema: schema47.properties.idleDays.type, parentSchema: schema47.properties.idleDays, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err8 = { instancePath: instancePath + "/idleDays", schemaPath: "#/properties/idleDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.idleDays, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.state !== void 0) {
      let data6 = data.state;
      if (!(data6 === "active" || data6 === "inactive" || data6 === "revoked" || data6 === "expired" || data6 === "none")) {
        const err9 = { instancePath: instancePath + "/state", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.previousState !== void 0) {
      let data7 = data.previousState;
      if (!(data7 === "active" || data7 === "inactive" || data7 === "revoked" || data7 === "expired" || data7 === "none")) {
        const err10 = { instancePath: instancePath + "/previousState", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data7 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.previousObservedAt !== void 0) {
      let data8 = data.previousObservedAt;
      if (typeof data8 !== "string") {
        const err11 = { instancePath: instancePath + "/previousObservedAt", schemaPath: "#/properties/previousObservedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.previousObservedAt.type, parentSchema: schema47.properties.previousObservedAt, data: data8 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.declared !== void 0) {
      let data9 = data.declared;
      if (!(data9 === "active" || data9 === "inactive" || data9 === "revoked" || data9 === "expired" || data9 === "none")) {
        const err12 = { instancePath: instancePath + "/declared", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data9 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data10 = data.policy;
      if (!(data10 === "report" || data10 === "inactivate")) {
        const err13 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/enum", keyword: "enum", params: { allowedValues: schema47.properties.policy.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.policy.enum, parentSchema: schema47.properties.policy, data: data10 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.revokedRecordedAt !== void 0) {
      let data11 = data.revokedRecordedAt;
      if (typeof data11 !== "string") {
        const err14 = { instancePath: instancePath + "/revokedRecordedAt", schemaPath: "#/properties/revokedRecordedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.revokedRecordedAt.type, parentSchema: schema47.properties.revokedRecordedAt, data: data11 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "subject" || key0 === "message" || key0 === "candidates" || key0 === "details")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (!(data0 === "resurrected" || data0 === "missing" || data0 === "ambiguous" || data0 === "terminal" || data0 === "drift" || data0 === "unobservable" || data0 === "stale-credentials" || data0 === "unknown-certificate" || data0 === "capacity" || data0 === "expired" || data0 === "expiring" || data0 === "unmanaged" || data0 === "rotation-due" || data0 === "unused")) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema46.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties.kind.enum, parentSchema: schema46.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      if (!validate22(data.subject, { instancePath: instancePath + "/subject", parentData: data, parentDataProperty: "subject", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== void 0) {
      let data2 = data.message;
      if (typeof data2 === "string") {
        if (func13(data2) < 1) {
          const err5 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.message, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.message.type, parentSchema: schema46.properties.message, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.candidates !== void 0) {
      let data3 = data.candidates;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            const err7 = { instancePath: instancePath + "/candidates/" + i0, schemaPath: "#/properties/candidates/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.candidates.items.type, parentSchema: schema46.properties.candidates.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/candidates", schemaPath: "#/properties/candidates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.candidates.type, parentSchema: schema46.properties.candidates, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.details !== void 0) {
      if (!validate31(data.details, { instancePath: instancePath + "/details", parentData: data, parentDataProperty: "details", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tokens === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.managed === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "managed" }, message: "must have required property 'managed'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.unchanged === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.changes === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.api === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "api" }, message: "must have required property 'api'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.admin === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "admin" }, message: "must have required property 'admin'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.blocked === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blocked" }, message: "must have required property 'blocked'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.byKind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "byKind" }, message: "must have required property 'byKind'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tokens" || key0 === "managed" || key0 === "unchanged" || key0 === "changes" || key0 === "api" || key0 === "admin" || key0 === "blocked" || key0 === "byKind")) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.tokens !== void 0) {
      let data0 = data.tokens;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err9 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.tokens.type, parentSchema: schema51.properties.tokens, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err10 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.tokens, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.managed !== void 0) {
      let data1 = data.managed;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err11 = { instancePath: instancePath + "/managed", schemaPath: "#/properties/managed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.managed.type, parentSchema: schema51.properties.managed, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err12 = { instancePath: instancePath + "/managed", schemaPath: "#/properties/managed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.managed, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.unchanged !== void 0) {
      let data2 = data.unchanged;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err13 = { instancePath: instancePath + "/unchanged", schemaPath: "#/properties/unchanged/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.unchanged.type, parentSchema: schema51.properties.unchanged, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/unchanged", schemaPath: "#/properties/unchanged/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.unchanged, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.changes !== void 0) {
      let data3 = data.changes;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err15 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.changes.type, parentSchema: schema51.properties.changes, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err16 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.changes, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.api !== void 0) {
      let data4 = data.api;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err17 = { instancePath: instancePath + "/api", schemaPath: "#/properties/api/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.api.type, parentSchema: schema51.properties.api, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err18 = { instancePath: instancePath + "/api", schemaPath: "#/properties/api/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.api, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.admin !== void 0) {
      let data5 = data.admin;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err19 = { instancePath: instancePath + "/admin", schemaPath: "#/properties/admin/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.admin.type, parentSchema: schema51.properties.admin, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err20 = { instancePath: instancePath + "/admin", schemaPath: "#/properties/admin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.admin, data: data5 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.blocked !== void 0) {
      let data6 = data.blocked;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err21 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.blocked.type, parentSchema: schema51.properties.blocked, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err22 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.blocked, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.byKind !== void 0) {
      let data7 = data.byKind;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7["tba-token"] === void 0) {
          const err23 = { instancePath: instancePath + "/byKind", schemaPath: "#/properties/byKind/required", keyword: "required", params: { missingProperty: "tba-token" }, message: "must have required property 'tba-token'", schema: schema51.properties.byKind.required, parentSchema: schema51.properties.byKind, data: data7 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data7["m2m-certificate"] === void 0) {
          const err24 = { instancePath: instancePath + "/byKind", schemaPath: "#/properties/byKind/required", keyword: "required", params: { missingProperty: "m2m-certificate" }, message: "must have required property 'm2m-certificate'", schema: schema51.properties.byKind.required, parentSchema: schema51.properties.byKind, data: data7 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!(key1 === "tba-token" || key1 === "m2m-certificate")) {
            const err25 = { instancePath: instancePath + "/byKind", schemaPath: "#/properties/byKind/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.byKind, data: data7 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7["tba-token"] !== void 0) {
          let data8 = data7["tba-token"];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.observed === void 0) {
              const err26 = { instancePath: instancePath + "/byKind/tba-token", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "observed" }, message: "must have required property 'observed'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data8.managed === void 0) {
              const err27 = { instancePath: instancePath + "/byKind/tba-token", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "managed" }, message: "must have required property 'managed'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data8.unchanged === void 0) {
              const err28 = { instancePath: instancePath + "/byKind/tba-token", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data8.changes === void 0) {
              const err29 = { instancePath: instancePath + "/byKind/tba-token", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data8.api === void 0) {
              const err30 = { instancePath: instancePath + "/byKind/tba-token", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "api" }, message: "must have required property 'api'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data8.admin === void 0) {
              const err31 = { instancePath: instancePath + "/byKind/tba-token", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "admin" }, message: "must have required property 'admin'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data8.blocked === void 0) {
              const err32 = { instancePath: instancePath + "/byKind/tba-token", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "blocked" }, message: "must have required property 'blocked'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key2 in data8) {
              if (!(key2 === "observed" || key2 === "managed" || key2 === "unchanged" || key2 === "changes" || key2 === "api" || key2 === "admin" || key2 === "blocked")) {
                const err33 = { instancePath: instancePath + "/byKind/tba-token", schemaPath: "#/$defs/kindSummary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data8 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data8.observed !== void 0) {
              let data9 = data8.observed;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err34 = { instancePath: instancePath + "/byKind/tba-token/observed", schemaPath: "#/$defs/kindSummary/properties/observed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.observed.type, parentSchema: schema52.properties.observed, data: data9 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 < 0 || isNaN(data9)) {
                  const err35 = { instancePath: instancePath + "/byKind/tba-token/observed", schemaPath: "#/$defs/kindSummary/properties/observed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.observed, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
            if (data8.managed !== void 0) {
              let data10 = data8.managed;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err36 = { instancePath: instancePath + "/byKind/tba-token/managed", schemaPath: "#/$defs/kindSummary/properties/managed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.managed.type, parentSchema: schema52.properties.managed, data: data10 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                  const err37 = { instancePath: instancePath + "/byKind/tba-token/managed", schemaPath: "#/$defs/kindSummary/properties/managed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.managed, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            }
            if (data8.unchanged !== void 0) {
              let data11 = data8.unchanged;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err38 = { instancePath: instancePath + "/byKind/tba-token/unchanged", schemaPath: "#/$defs/kindSummary/properties/unchanged/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.unchanged.type, parentSchema: schema52.properties.unchanged, data: data11 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 0 || isNaN(data11)) {
                  const err39 = { instancePath: instancePath + "/byKind/tba-token/unchanged", schemaPath: "#/$defs/kindSummary/properties/unchanged/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.unchanged, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
            }
            if (data8.changes !== void 0) {
              let data12 = data8.changes;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err40 = { instancePath: instancePath + "/byKind/tba-token/changes", schemaPath: "#/$defs/kindSummary/properties/changes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.changes.type, parentSchema: schema52.properties.changes, data: data12 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 < 0 || isNaN(data12)) {
                  const err41 = { instancePath: instancePath + "/byKind/tba-token/changes", schemaPath: "#/$defs/kindSummary/properties/changes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.changes, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
            }
            if (data8.api !== void 0) {
              let data13 = data8.api;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                const err42 = { instancePath: instancePath + "/byKind/tba-token/api", schemaPath: "#/$defs/kindSummary/properties/api/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.api.type, parentSchema: schema52.properties.api, data: data13 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                  const err43 = { instancePath: instancePath + "/byKind/tba-token/api", schemaPath: "#/$defs/kindSummary/properties/api/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.api, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
            if (data8.admin !== void 0) {
              let data14 = data8.admin;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err44 = { instancePath: instancePath + "/byKind/tba-token/admin", schemaPath: "#/$defs/kindSummary/properties/admin/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.admin.type, parentSchema: schema52.properties.admin, data: data14 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 0 || isNaN(data14)) {
                  const err45 = { instancePath: instancePath + "/byKind/tba-token/admin", schemaPath: "#/$defs/kindSummary/properties/admin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.admin, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
            }
            if (data8.blocked !== void 0) {
              let data15 = data8.blocked;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err46 = { instancePath: instancePath + "/byKind/tba-token/blocked", schemaPath: "#/$defs/kindSummary/properties/blocked/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.blocked.type, parentSchema: schema52.properties.blocked, data: data15 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 0 || isNaN(data15)) {
                  const err47 = { instancePath: instancePath + "/byKind/tba-token/blocked", schemaPath: "#/$defs/kindSummary/properties/blocked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.blocked, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/byKind/tba-token", schemaPath: "#/$defs/kindSummary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data8 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data7["m2m-certificate"] !== void 0) {
          let data16 = data7["m2m-certificate"];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.observed === void 0) {
              const err49 = { instancePath: instancePath + "/byKind/m2m-certificate", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "observed" }, message: "must have required property 'observed'", schema: schema52.required, parentSchema: schema52, data: data16 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data16.managed === void 0) {
              const err50 = { instancePath: instancePath + "/byKind/m2m-certificate", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "managed" }, message: "must have required property 'managed'", schema: schema52.required, parentSchema: schema52, data: data16 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data16.unchanged === void 0) {
              const err51 = { instancePath: instancePath + "/byKind/m2m-certificate", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'", schema: schema52.required, parentSchema: schema52, data: data16 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data16.changes === void 0) {
              const err52 = { instancePath: instancePath + "/byKind/m2m-certificate", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema52.required, parentSchema: schema52, data: data16 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data16.api === void 0) {
              const err53 = { instancePath: instancePath + "/byKind/m2m-certificate", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "api" }, message: "must have required property 'api'", schema: schema52.required, parentSchema: schema52, data: data16 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data16.admin === void 0) {
              const err54 = { instancePath: instancePath + "/byKind/m2m-certificate", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "admin" }, message: "must have required property 'admin'", schema: schema52.required, parentSchema: schema52, data: data16 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data16.blocked === void 0) {
              const err55 = { instancePath: instancePath + "/byKind/m2m-certificate", schemaPath: "#/$defs/kindSummary/required", keyword: "required", params: { missingProperty: "blocked" }, message: "must have required property 'blocked'", schema: schema52.required, parentSchema: schema52, data: data16 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            for (const key3 in data16) {
              if (!(key3 === "observed" || key3 === "managed" || key3 === "unchanged" || key3 === "changes" || key3 === "api" || key3 === "admin" || key3 === "blocked")) {
                const err56 = { instancePath: instancePath + "/byKind/m2m-certificate", schemaPath: "#/$defs/kindSummary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data16 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data16.observed !== void 0) {
              let data17 = data16.observed;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                const err57 = { instancePath: instancePath + "/byKind/m2m-certificate/observed", schemaPath: "#/$defs/kindSummary/properties/observed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.observed.type, parentSchema: schema52.properties.observed, data: data17 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 0 || isNaN(data17)) {
                  const err58 = { instancePath: instancePath + "/byKind/m2m-certificate/observed", schemaPath: "#/$defs/kindSummary/properties/observed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.observed, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              }
            }
            if (data16.managed !== void 0) {
              let data18 = data16.managed;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err59 = { instancePath: instancePath + "/byKind/m2m-certificate/managed", schemaPath: "#/$defs/kindSummary/properties/managed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.managed.type, parentSchema: schema52.properties.managed, data: data18 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 < 0 || isNaN(data18)) {
                  const err60 = { instancePath: instancePath + "/byKind/m2m-certificate/managed", schemaPath: "#/$defs/kindSummary/properties/managed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.managed, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
            }
            if (data16.unchanged !== void 0) {
              let data19 = data16.unchanged;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err61 = { instancePath: instancePath + "/byKind/m2m-certificate/unchanged", schemaPath: "#/$defs/kindSummary/properties/unchanged/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.unchanged.type, parentSchema: schema52.properties.unchanged, data: data19 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err62 = { instancePath: instancePath + "/byKind/m2m-certificate/unchanged", schemaPath: "#/$defs/kindSummary/properties/unchanged/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.unchanged, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
            }
            if (data16.changes !== void 0) {
              let data20 = data16.changes;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err63 = { instancePath: instancePath + "/byKind/m2m-certificate/changes", schemaPath: "#/$defs/kindSummary/properties/changes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.changes.type, parentSchema: schema52.properties.changes, data: data20 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err64 = { instancePath: instancePath + "/byKind/m2m-certificate/changes", schemaPath: "#/$defs/kindSummary/properties/changes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.changes, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
            }
            if (data16.api !== void 0) {
              let data21 = data16.api;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err65 = { instancePath: instancePath + "/byKind/m2m-certificate/api", schemaPath: "#/$defs/kindSummary/properties/api/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.api.type, parentSchema: schema52.properties.api, data: data21 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 < 0 || isNaN(data21)) {
                  const err66 = { instancePath: instancePath + "/byKind/m2m-certificate/api", schemaPath: "#/$defs/kindSummary/properties/api/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.api, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
            }
            if (data16.admin !== void 0) {
              let data22 = data16.admin;
              if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                const err67 = { instancePath: instancePath + "/byKind/m2m-certificate/admin", schemaPath: "#/$defs/kindSummary/properties/admin/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.admin.type, parentSchema: schema52.properties.admin, data: data22 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 < 0 || isNaN(data22)) {
                  const err68 = { instancePath: instancePath + "/byKind/m2m-certificate/admin", schemaPath: "#/$defs/kindSummary/properties/admin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.admin, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
            }
            if (data16.blocked !== void 0) {
              let data23 = data16.blocked;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                const err69 = { instancePath: instancePath + "/byKind/m2m-certificate/blocked", schemaPath: "#/$defs/kindSummary/properties/blocked/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.blocked.type, parentSchema: schema52.properties.blocked, data: data23 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 < 0 || isNaN(data23)) {
                  const err70 = { instancePath: instancePath + "/byKind/m2m-certificate/blocked", schemaPath: "#/$defs/kindSummary/properties/blocked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.blocked, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/byKind/m2m-certificate", schemaPath: "#/$defs/kindSummary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data16 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/byKind", schemaPath: "#/properties/byKind/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.byKind.type, parentSchema: schema51.properties.byKind, data: data7 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
  } else {
    const err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err73];
    } else {
      vErrors.push(err73);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate203(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate203.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.formatVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.account === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.observedAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "observedAt" }, message: "must have required property 'observedAt'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.changes === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.refusal === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "refusal" }, message: "must have required property 'refusal'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "formatVersion" || key0 === "account" || key0 === "observedAt" || key0 === "changes" || key0 === "findings" || key0 === "summary" || key0 === "refusal")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema313, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.formatVersion !== void 0) {
      let data0 = data.formatVersion;
      if (2 !== data0) {
        const err8 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant", schema: 2, parentSchema: schema313.properties.formatVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.account !== void 0) {
      let data1 = data.account;
      if (typeof data1 === "string") {
        if (func13(data1) < 1) {
          const err9 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema313.properties.account, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.account.type, parentSchema: schema313.properties.account, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.observedAt !== void 0) {
      let data2 = data.observedAt;
      if (typeof data2 === "string") {
        if (func13(data2) < 1) {
          const err11 = { instancePath: instancePath + "/observedAt", schemaPath: "#/properties/observedAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema313.properties.observedAt, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/observedAt", schemaPath: "#/properties/observedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.observedAt.type, parentSchema: schema313.properties.observedAt, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data3 = data.changes;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data3[i0], { instancePath: instancePath + "/changes/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema313.properties.changes.type, parentSchema: schema313.properties.changes, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data5 = data.findings;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate29(data5[i1], { instancePath: instancePath + "/findings/" + i1, parentData: data5, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema313.properties.findings.type, parentSchema: schema313.properties.findings, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      if (!validate34(data.summary, { instancePath: instancePath + "/summary", parentData: data, parentDataProperty: "summary", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.refusal !== void 0) {
      let data8 = data.refusal;
      const _errs15 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs16 = errors;
      if (data8 !== null) {
        const err15 = { instancePath: instancePath + "/refusal", schemaPath: "#/properties/refusal/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema313.properties.refusal.oneOf[0].type, parentSchema: schema313.properties.refusal.oneOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs18 = errors;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.guard === void 0) {
          const err16 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/required", keyword: "required", params: { missingProperty: "guard" }, message: "must have required property 'guard'", schema: schema54.required, parentSchema: schema54, data: data8 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data8.changes === void 0) {
          const err17 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema54.required, parentSchema: schema54, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data8.limit === void 0) {
          const err18 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema54.required, parentSchema: schema54, data: data8 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data8.message === void 0) {
          const err19 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema54.required, parentSchema: schema54, data: data8 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (!(key1 === "guard" || key1 === "changes" || key1 === "limit" || key1 === "message")) {
            const err20 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data8.guard !== void 0) {
          let data9 = data8.guard;
          if ("over-limit" !== data9) {
            const err21 = { instancePath: instancePath + "/refusal/guard", schemaPath: "#/$defs/overLimitRefusal/properties/guard/const", keyword: "const", params: { allowedValue: "over-limit" }, message: "must be equal to constant", schema: "over-limit", parentSchema: schema54.properties.guard, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data8.changes !== void 0) {
          let data10 = data8.changes;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err22 = { instancePath: instancePath + "/refusal/changes", schemaPath: "#/$defs/overLimitRefusal/properties/changes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.changes.type, parentSchema: schema54.properties.changes, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err23 = { instancePath: instancePath + "/refusal/changes", schemaPath: "#/$defs/overLimitRefusal/properties/changes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.changes, data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data8.limit !== void 0) {
          let data11 = data8.limit;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err24 = { instancePath: instancePath + "/refusal/limit", schemaPath: "#/$defs/overLimitRefusal/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.limit.type, parentSchema: schema54.properties.limit, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err25 = { instancePath: instancePath + "/refusal/limit", schemaPath: "#/$defs/overLimitRefusal/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.limit, data: data11 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data8.message !== void 0) {
          let data12 = data8.message;
          if (typeof data12 === "string") {
            if (func13(data12) < 1) {
              const err26 = { instancePath: instancePath + "/refusal/message", schemaPath: "#/$defs/overLimitRefusal/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.message, data: data12 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/refusal/message", schemaPath: "#/$defs/overLimitRefusal/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.message.type, parentSchema: schema54.properties.message, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
          var props0 = true;
        }
        const _errs29 = errors;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
          if (data8.guard === void 0) {
            const err29 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/required", keyword: "required", params: { missingProperty: "guard" }, message: "must have required property 'guard'", schema: schema55.required, parentSchema: schema55, data: data8 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (data8.liveTokens === void 0) {
            const err30 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/required", keyword: "required", params: { missingProperty: "liveTokens" }, message: "must have required property 'liveTokens'", schema: schema55.required, parentSchema: schema55, data: data8 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (data8.message === void 0) {
            const err31 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema55.required, parentSchema: schema55, data: data8 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          for (const key2 in data8) {
            if (!(key2 === "guard" || key2 === "liveTokens" || key2 === "message")) {
              const err32 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data8 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (data8.guard !== void 0) {
            let data13 = data8.guard;
            if ("empty-desired" !== data13) {
              const err33 = { instancePath: instancePath + "/refusal/guard", schemaPath: "#/$defs/emptyDesiredRefusal/properties/guard/const", keyword: "const", params: { allowedValue: "empty-desired" }, message: "must be equal to constant", schema: "empty-desired", parentSchema: schema55.properties.guard, data: data13 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          if (data8.liveTokens !== void 0) {
            let data14 = data8.liveTokens;
            if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
              const err34 = { instancePath: instancePath + "/refusal/liveTokens", schemaPath: "#/$defs/emptyDesiredRefusal/properties/liveTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.liveTokens.type, parentSchema: schema55.properties.liveTokens, data: data14 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (typeof data14 == "number" && isFinite(data14)) {
              if (data14 < 0 || isNaN(data14)) {
                const err35 = { instancePath: instancePath + "/refusal/liveTokens", schemaPath: "#/$defs/emptyDesiredRefusal/properties/liveTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema55.properties.liveTokens, data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          }
          if (data8.message !== void 0) {
            let data15 = data8.message;
            if (typeof data15 === "string") {
              if (func13(data15) < 1) {
                const err36 = { instancePath: instancePath + "/refusal/message", schemaPath: "#/$defs/emptyDesiredRefusal/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.message, data: data15 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            } else {
              const err37 = { instancePath: instancePath + "/refusal/message", schemaPath: "#/$defs/emptyDesiredRefusal/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.message.type, parentSchema: schema55.properties.message, data: data15 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        } else {
          const err38 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data8 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        var _valid0 = _errs29 === errors;
        if (_valid0 && valid5) {
          valid5 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid5 = true;
            passing0 = 2;
            if (props0 !== true) {
              props0 = true;
            }
          }
        }
      }
      if (!valid5) {
        const err39 = { instancePath: instancePath + "/refusal", schemaPath: "#/properties/refusal/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema313.properties.refusal.oneOf, parentSchema: schema313.properties.refusal, data: data8 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.type, parentSchema: schema313, data };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate203.errors = vErrors;
  return errors === 0;
}
var ajvRuntime03, validate3, plan_validator_default, schema313, schema54, schema55, func13, schema32, schema43, schema35, func3, schema33, schema34, schema40, schema46, schema47, schema51, schema52;
var init_plan_validator = __esm({
  "src/schemas/generated/plan.validator.js"() {
    "use strict";
    ajvRuntime03 = function ucs2length3(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    };
    validate3 = validate203;
    plan_validator_default = validate203;
    schema313 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://netsuite-token-gitops.dev/schemas/plan.schema.json", "title": "netsuite-tokens plan", "description": "A plan computed by `netsuite-tokens plan --format json`: what would change in one NetSuite account's credentials, what was found, and whether a safety guard refuses it. `apply --plan FILE` reads it back. Every change and finding names its subject, a credential of one kind.", "type": "object", "additionalProperties": false, "required": ["formatVersion", "account", "observedAt", "changes", "findings", "summary", "refusal"], "properties": { "formatVersion": { "description": "Version of this JSON form. Readers refuse versions they do not know; formatVersion 1 (plan-v1.schema.json) is still read.", "const": 2 }, "account": { "description": "NetSuite account id in realm form, e.g. 1234567_SB1.", "type": "string", "minLength": 1 }, "observedAt": { "description": "When the account was observed (ISO-8601 instant); the plan describes the account at that moment.", "type": "string", "minLength": 1 }, "changes": { "description": "Changes, ordered by subject kind, then id, then action (revoke, inactivate, activate). Blocked changes are listed too, with the reason.", "type": "array", "items": { "$ref": "#/$defs/change" } }, "findings": { "description": "Things found that need a person's attention but no change, ordered by subject kind, then id, then finding kind.", "type": "array", "items": { "$ref": "#/$defs/finding" } }, "summary": { "$ref": "#/$defs/summary" }, "refusal": { "description": "Set when a safety guard refuses the plan: apply then changes nothing and exits 4. Null otherwise.", "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/overLimitRefusal" }, { "$ref": "#/$defs/emptyDesiredRefusal" }] } }, "$defs": { "nullableString": { "description": "A string, or null where NetSuite (or the file) gave none.", "type": ["string", "null"] }, "state": { "description": "A token state (active, inactive, revoked), a certificate state (active, expired, revoked), or none: a mapping with no certificate yet.", "enum": ["active", "inactive", "revoked", "expired", "none"] }, "tbaTokenSubject": { "description": "A TBA access token, named by its NetSuite internal id and display names. For a missing or ambiguous entry, the identity the file declares (id may be null).", "type": "object", "additionalProperties": false, "required": ["kind", "id", "name", "application", "user", "role"], "properties": { "kind": { "description": "The credential kind: tba-token, a TBA access token.", "const": "tba-token" }, "id": { "$ref": "#/$defs/nullableString", "description": "NetSuite internal id of the token (oauthtoken.id)." }, "name": { "$ref": "#/$defs/nullableString", "description": "Token name (editable in NetSuite, not unique)." }, "application": { "$ref": "#/$defs/nullableString", "description": "Integration (application) name." }, "user": { "$ref": "#/$defs/nullableString", "description": "The entity (user) the token belongs to." }, "role": { "$ref": "#/$defs/nullableString", "description": "The role the token signs in with." } } }, "m2mCertificateSubject": { "description": "A certificate of an OAuth 2.0 client-credentials mapping: id is the certificate id, null for the mapping as a whole; name is the mapping's name in the file.", "type": "object", "additionalProperties": false, "required": ["kind", "id", "name", "clientId", "entity", "role", "application"], "properties": { "kind": { "description": "m2m-certificate: an OAuth 2.0 client-credentials certificate.", "const": "m2m-certificate" }, "id": { "$ref": "#/$defs/nullableString", "description": "The certificate id, or null for the mapping as a whole." }, "name": { "description": "The mapping's name in the desired-state file.", "type": "string" }, "clientId": { "description": "The integration record's client ID.", "type": "string" }, "entity": { "description": "Internal id of the entity the mapping signs in as.", "type": "string" }, "role": { "description": "Internal id of the role.", "type": "string" }, "application": { "$ref": "#/$defs/nullableString", "description": "The integration's name, when NetSuite showed it." } } }, "subject": { "description": "What a change or finding is about: a credential of one kind, told apart by `kind`.", "oneOf": [{ "$ref": "#/$defs/tbaTokenSubject" }, { "$ref": "#/$defs/m2mCertificateSubject" }] }, "change": { "description": "One state change of one token.", "type": "object", "additionalProperties": false, "required": ["subject", "action", "from", "to", "via", "reason", "blocked", "owner", "message"], "properties": { "subject": { "$ref": "#/$defs/subject" }, "action": { "description": "What happens: revoke, inactivate or activate a token; revoke a certificate; rotate a mapping's certificate.", "enum": ["revoke", "inactivate", "activate", "rotate"] }, "from": { "$ref": "#/$defs/state", "description": "The state observed now." }, "to": { "$ref": "#/$defs/state", "description": "The state after the change." }, "via": { "description": "api: the operator revokes it through rest/revoketoken with the token's own credentials. admin: an administrator does it in the NetSuite UI.", "enum": ["api", "admin"] }, "reason": { "description": "declared: the file asks for this state. unmanaged-policy: the token is not declared and policy.unmanaged is inactivate. expiring, forced, missing: why a certificate is rotated.", "enum": ["declared", "unmanaged-policy", "expiring", "forced", "missing"] }, "blocked": { "description": "Why the change will not be applied: protected (protect: true, now or remembered), self (the operator's own token), over-limit (more changes than maxChangesPerRun). capacity (the integration record holds five active certificates). Null when it will be applied.", "enum": ["protected", "over-limit", "self", "capacity", null] }, "owner": { "$ref": "#/$defs/nullableString", "description": "The owner the file names for the token (null for unmanaged tokens)." }, "message": { "description": "One sentence saying why.", "type": "string", "minLength": 1 } } }, "finding": { "description": "Something found about a token or a declared entry.", "type": "object", "additionalProperties": false, "required": ["kind", "subject", "message"], "properties": { "kind": { "description": "resurrected: recorded revoked by an earlier run, live in NetSuite now (revoked is permanent: a sandbox refreshed from production, or the wrong account). missing: declared, not in NetSuite. unmanaged: in NetSuite, not declared. rotation-due: older than maxAge. unused: no successful login for unusedFor. ambiguous: the entry resolves to several tokens, or to one another entry manages. terminal: revoked but declared active or inactive. drift: moved away from its desired state since the last run.", "enum": ["resurrected", "missing", "ambiguous", "terminal", "drift", "unobservable", "stale-credentials", "unknown-certificate", "capacity", "expired", "expiring", "unmanaged", "rotation-due", "unused"] }, "subject": { "$ref": "#/$defs/subject" }, "message": { "description": "One sentence saying what was found and what to do.", "type": "string", "minLength": 1 }, "candidates": { "description": "For ambiguous findings: ids of the tokens the entry could mean.", "type": "array", "items": { "type": "string" } }, "details": { "$ref": "#/$defs/findingDetails" } } }, "summary": { "description": "Counts over the plan.", "type": "object", "additionalProperties": false, "required": ["tokens", "managed", "unchanged", "changes", "api", "admin", "blocked", "byKind"], "properties": { "tokens": { "description": "Tokens observed in the account.", "type": "integer", "minimum": 0 }, "managed": { "description": "Observed tokens matched by a declared entry.", "type": "integer", "minimum": 0 }, "unchanged": { "description": "Managed tokens already in their desired state.", "type": "integer", "minimum": 0 }, "changes": { "description": "Changes that are not blocked (api + admin).", "type": "integer", "minimum": 0 }, "api": { "description": "Unblocked changes the operator applies through the API.", "type": "integer", "minimum": 0 }, "admin": { "description": "Unblocked changes for an administrator in the NetSuite UI.", "type": "integer", "minimum": 0 }, "blocked": { "description": "Changes that are blocked.", "type": "integer", "minimum": 0 }, "byKind": { "description": "The same figures for each credential kind.", "type": "object", "additionalProperties": false, "required": ["tba-token", "m2m-certificate"], "properties": { "tba-token": { "$ref": "#/$defs/kindSummary" }, "m2m-certificate": { "$ref": "#/$defs/kindSummary" } } } } }, "overLimitRefusal": { "description": "More unblocked changes than policy.maxChangesPerRun; apply refuses unless --allow-over-limit is given.", "type": "object", "additionalProperties": false, "required": ["guard", "changes", "limit", "message"], "properties": { "guard": { "description": "The guard that refused.", "const": "over-limit" }, "changes": { "description": "Unblocked changes the plan would make.", "type": "integer", "minimum": 0 }, "limit": { "description": "policy.maxChangesPerRun.", "type": "integer", "minimum": 0 }, "message": { "description": "One sentence saying why and what to do.", "type": "string", "minLength": 1 } } }, "emptyDesiredRefusal": { "description": "The desired-state file is empty, or nearly empty under policy.unmanaged: inactivate, while the account has live tokens; adopt the account with `netsuite-tokens import` first.", "type": "object", "additionalProperties": false, "required": ["guard", "liveTokens", "message"], "properties": { "guard": { "description": "The guard that refused.", "const": "empty-desired" }, "liveTokens": { "description": "Non-revoked tokens in the account.", "type": "integer", "minimum": 0 }, "message": { "description": "One sentence saying why and what to do.", "type": "string", "minLength": 1 } } }, "kindSummary": { "description": "One kind's share of the summary.", "type": "object", "additionalProperties": false, "required": ["observed", "managed", "unchanged", "changes", "api", "admin", "blocked"], "properties": { "observed": { "description": "Subjects of this kind observed in the account.", "type": "integer", "minimum": 0 }, "managed": { "description": "Observed tokens matched by a declared entry.", "type": "integer", "minimum": 0 }, "unchanged": { "description": "Managed tokens already in their desired state.", "type": "integer", "minimum": 0 }, "changes": { "description": "Changes that are not blocked (api + admin).", "type": "integer", "minimum": 0 }, "api": { "description": "Unblocked changes the operator applies through the API.", "type": "integer", "minimum": 0 }, "admin": { "description": "Unblocked changes for an administrator in the NetSuite UI.", "type": "integer", "minimum": 0 }, "blocked": { "description": "Changes that are blocked.", "type": "integer", "minimum": 0 } } }, "findingDetails": { "description": "The facts behind the message, as fields (SPEC \xA715). Which fields a finding has depends on its kind: rotation-due has ageDays, createdAt, limit, limitSource; unused has lastUsedAt, idleDays, ageDays, limit; drift has previousState, state, previousObservedAt; terminal has state, declared; unmanaged has state, policy; resurrected has state, revokedRecordedAt. Durations are written as in the desired-state file (180d), instants as ISO-8601.", "type": "object", "additionalProperties": false, "properties": { "ageDays": { "description": "Whole days since the subject was created; null when that is unknown.", "type": ["integer", "null"], "minimum": 0 }, "createdAt": { "description": "When the subject was created (ISO-8601).", "type": "string" }, "limit": { "description": "The limit that applies: maxAge for rotation-due, policy.unusedFor for unused.", "type": "string" }, "limitSource": { "description": "Where maxAge is set: the token's entry, or the policy.", "enum": ["entry", "policy"] }, "lastUsedAt": { "description": "The last successful login (ISO-8601), or null when none is on record.", "type": ["string", "null"] }, "idleDays": { "description": "Whole days since the last successful login; null when none is on record.", "type": ["integer", "null"], "minimum": 0 }, "state": { "$ref": "#/$defs/state", "description": "The state NetSuite shows now." }, "previousState": { "$ref": "#/$defs/state", "description": "The state the previous run saw." }, "previousObservedAt": { "description": "When the previous run observed the account (ISO-8601).", "type": "string" }, "declared": { "$ref": "#/$defs/state", "description": "The state the file declares." }, "policy": { "description": "policy.unmanaged for the undeclared token.", "enum": ["report", "inactivate"] }, "revokedRecordedAt": { "description": "When the run that recorded the token revoked observed the account (ISO-8601).", "type": "string" } } } } };
    schema54 = { "description": "More unblocked changes than policy.maxChangesPerRun; apply refuses unless --allow-over-limit is given.", "type": "object", "additionalProperties": false, "required": ["guard", "changes", "limit", "message"], "properties": { "guard": { "description": "The guard that refused.", "const": "over-limit" }, "changes": { "description": "Unblocked changes the plan would make.", "type": "integer", "minimum": 0 }, "limit": { "description": "policy.maxChangesPerRun.", "type": "integer", "minimum": 0 }, "message": { "description": "One sentence saying why and what to do.", "type": "string", "minLength": 1 } } };
    schema55 = { "description": "The desired-state file is empty, or nearly empty under policy.unmanaged: inactivate, while the account has live tokens; adopt the account with `netsuite-tokens import` first.", "type": "object", "additionalProperties": false, "required": ["guard", "liveTokens", "message"], "properties": { "guard": { "description": "The guard that refused.", "const": "empty-desired" }, "liveTokens": { "description": "Non-revoked tokens in the account.", "type": "integer", "minimum": 0 }, "message": { "description": "One sentence saying why and what to do.", "type": "string", "minLength": 1 } } };
    func13 = ajvRuntime03;
    schema32 = { "description": "One state change of one token.", "type": "object", "additionalProperties": false, "required": ["subject", "action", "from", "to", "via", "reason", "blocked", "owner", "message"], "properties": { "subject": { "$ref": "#/$defs/subject" }, "action": { "description": "What happens: revoke, inactivate or activate a token; revoke a certificate; rotate a mapping's certificate.", "enum": ["revoke", "inactivate", "activate", "rotate"] }, "from": { "$ref": "#/$defs/state", "description": "The state observed now." }, "to": { "$ref": "#/$defs/state", "description": "The state after the change." }, "via": { "description": "api: the operator revokes it through rest/revoketoken with the token's own credentials. admin: an administrator does it in the NetSuite UI.", "enum": ["api", "admin"] }, "reason": { "description": "declared: the file asks for this state. unmanaged-policy: the token is not declared and policy.unmanaged is inactivate. expiring, forced, missing: why a certificate is rotated.", "enum": ["declared", "unmanaged-policy", "expiring", "forced", "missing"] }, "blocked": { "description": "Why the change will not be applied: protected (protect: true, now or remembered), self (the operator's own token), over-limit (more changes than maxChangesPerRun). capacity (the integration record holds five active certificates). Null when it will be applied.", "enum": ["protected", "over-limit", "self", "capacity", null] }, "owner": { "$ref": "#/$defs/nullableString", "description": "The owner the file names for the token (null for unmanaged tokens)." }, "message": { "description": "One sentence saying why.", "type": "string", "minLength": 1 } } };
    schema43 = { "description": "A token state (active, inactive, revoked), a certificate state (active, expired, revoked), or none: a mapping with no certificate yet.", "enum": ["active", "inactive", "revoked", "expired", "none"] };
    schema35 = { "description": "A string, or null where NetSuite (or the file) gave none.", "type": ["string", "null"] };
    func3 = Object.prototype.hasOwnProperty;
    schema33 = { "description": "What a change or finding is about: a credential of one kind, told apart by `kind`.", "oneOf": [{ "$ref": "#/$defs/tbaTokenSubject" }, { "$ref": "#/$defs/m2mCertificateSubject" }] };
    schema34 = { "description": "A TBA access token, named by its NetSuite internal id and display names. For a missing or ambiguous entry, the identity the file declares (id may be null).", "type": "object", "additionalProperties": false, "required": ["kind", "id", "name", "application", "user", "role"], "properties": { "kind": { "description": "The credential kind: tba-token, a TBA access token.", "const": "tba-token" }, "id": { "$ref": "#/$defs/nullableString", "description": "NetSuite internal id of the token (oauthtoken.id)." }, "name": { "$ref": "#/$defs/nullableString", "description": "Token name (editable in NetSuite, not unique)." }, "application": { "$ref": "#/$defs/nullableString", "description": "Integration (application) name." }, "user": { "$ref": "#/$defs/nullableString", "description": "The entity (user) the token belongs to." }, "role": { "$ref": "#/$defs/nullableString", "description": "The role the token signs in with." } } };
    validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema40 = { "description": "A certificate of an OAuth 2.0 client-credentials mapping: id is the certificate id, null for the mapping as a whole; name is the mapping's name in the file.", "type": "object", "additionalProperties": false, "required": ["kind", "id", "name", "clientId", "entity", "role", "application"], "properties": { "kind": { "description": "m2m-certificate: an OAuth 2.0 client-credentials certificate.", "const": "m2m-certificate" }, "id": { "$ref": "#/$defs/nullableString", "description": "The certificate id, or null for the mapping as a whole." }, "name": { "description": "The mapping's name in the desired-state file.", "type": "string" }, "clientId": { "description": "The integration record's client ID.", "type": "string" }, "entity": { "description": "Internal id of the entity the mapping signs in as.", "type": "string" }, "role": { "description": "Internal id of the role.", "type": "string" }, "application": { "$ref": "#/$defs/nullableString", "description": "The integration's name, when NetSuite showed it." } } };
    validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
    validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema46 = { "description": "Something found about a token or a declared entry.", "type": "object", "additionalProperties": false, "required": ["kind", "subject", "message"], "properties": { "kind": { "description": "resurrected: recorded revoked by an earlier run, live in NetSuite now (revoked is permanent: a sandbox refreshed from production, or the wrong account). missing: declared, not in NetSuite. unmanaged: in NetSuite, not declared. rotation-due: older than maxAge. unused: no successful login for unusedFor. ambiguous: the entry resolves to several tokens, or to one another entry manages. terminal: revoked but declared active or inactive. drift: moved away from its desired state since the last run.", "enum": ["resurrected", "missing", "ambiguous", "terminal", "drift", "unobservable", "stale-credentials", "unknown-certificate", "capacity", "expired", "expiring", "unmanaged", "rotation-due", "unused"] }, "subject": { "$ref": "#/$defs/subject" }, "message": { "description": "One sentence saying what was found and what to do.", "type": "string", "minLength": 1 }, "candidates": { "description": "For ambiguous findings: ids of the tokens the entry could mean.", "type": "array", "items": { "type": "string" } }, "details": { "$ref": "#/$defs/findingDetails" } } };
    schema47 = { "description": "The facts behind the message, as fields (SPEC \xA715). Which fields a finding has depends on its kind: rotation-due has ageDays, createdAt, limit, limitSource; unused has lastUsedAt, idleDays, ageDays, limit; drift has previousState, state, previousObservedAt; terminal has state, declared; unmanaged has state, policy; resurrected has state, revokedRecordedAt. Durations are written as in the desired-state file (180d), instants as ISO-8601.", "type": "object", "additionalProperties": false, "properties": { "ageDays": { "description": "Whole days since the subject was created; null when that is unknown.", "type": ["integer", "null"], "minimum": 0 }, "createdAt": { "description": "When the subject was created (ISO-8601).", "type": "string" }, "limit": { "description": "The limit that applies: maxAge for rotation-due, policy.unusedFor for unused.", "type": "string" }, "limitSource": { "description": "Where maxAge is set: the token's entry, or the policy.", "enum": ["entry", "policy"] }, "lastUsedAt": { "description": "The last successful login (ISO-8601), or null when none is on record.", "type": ["string", "null"] }, "idleDays": { "description": "Whole days since the last successful login; null when none is on record.", "type": ["integer", "null"], "minimum": 0 }, "state": { "$ref": "#/$defs/state", "description": "The state NetSuite shows now." }, "previousState": { "$ref": "#/$defs/state", "description": "The state the previous run saw." }, "previousObservedAt": { "description": "When the previous run observed the account (ISO-8601).", "type": "string" }, "declared": { "$ref": "#/$defs/state", "description": "The state the file declares." }, "policy": { "description": "policy.unmanaged for the undeclared token.", "enum": ["report", "inactivate"] }, "revokedRecordedAt": { "description": "When the run that recorded the token revoked observed the account (ISO-8601).", "type": "string" } } };
    validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema51 = { "description": "Counts over the plan.", "type": "object", "additionalProperties": false, "required": ["tokens", "managed", "unchanged", "changes", "api", "admin", "blocked", "byKind"], "properties": { "tokens": { "description": "Tokens observed in the account.", "type": "integer", "minimum": 0 }, "managed": { "description": "Observed tokens matched by a declared entry.", "type": "integer", "minimum": 0 }, "unchanged": { "description": "Managed tokens already in their desired state.", "type": "integer", "minimum": 0 }, "changes": { "description": "Changes that are not blocked (api + admin).", "type": "integer", "minimum": 0 }, "api": { "description": "Unblocked changes the operator applies through the API.", "type": "integer", "minimum": 0 }, "admin": { "description": "Unblocked changes for an administrator in the NetSuite UI.", "type": "integer", "minimum": 0 }, "blocked": { "description": "Changes that are blocked.", "type": "integer", "minimum": 0 }, "byKind": { "description": "The same figures for each credential kind.", "type": "object", "additionalProperties": false, "required": ["tba-token", "m2m-certificate"], "properties": { "tba-token": { "$ref": "#/$defs/kindSummary" }, "m2m-certificate": { "$ref": "#/$defs/kindSummary" } } } } };
    schema52 = { "description": "One kind's share of the summary.", "type": "object", "additionalProperties": false, "required": ["observed", "managed", "unchanged", "changes", "api", "admin", "blocked"], "properties": { "observed": { "description": "Subjects of this kind observed in the account.", "type": "integer", "minimum": 0 }, "managed": { "description": "Observed tokens matched by a declared entry.", "type": "integer", "minimum": 0 }, "unchanged": { "description": "Managed tokens already in their desired state.", "type": "integer", "minimum": 0 }, "changes": { "description": "Changes that are not blocked (api + admin).", "type": "integer", "minimum": 0 }, "api": { "description": "Unblocked changes the operator applies through the API.", "type": "integer", "minimum": 0 }, "admin": { "description": "Unblocked changes for an administrator in the NetSuite UI.", "type": "integer", "minimum": 0 }, "blocked": { "description": "Changes that are blocked.", "type": "integer", "minimum": 0 } } };
    validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate203.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// src/schemas/generated/plan-v1.validator.js
var plan_v1_validator_exports = {};
__export(plan_v1_validator_exports, {
  default: () => plan_v1_validator_default,
  validate: () => validate4
});
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate222.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema332.required, parentSchema: schema332, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema332.required, parentSchema: schema332, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.application === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "application" }, message: "must have required property 'application'", schema: schema332.required, parentSchema: schema332, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.user === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'", schema: schema332.required, parentSchema: schema332, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema332.required, parentSchema: schema332, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "application" || key0 === "user" || key0 === "role")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema332, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 !== "string" && data0 !== null) {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema342.type }, message: "must be string,null", schema: schema342.type, parentSchema: schema342, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema342.type }, message: "must be string,null", schema: schema342.type, parentSchema: schema342, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.application !== void 0) {
      let data2 = data.application;
      if (typeof data2 !== "string" && data2 !== null) {
        const err8 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema342.type }, message: "must be string,null", schema: schema342.type, parentSchema: schema342, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data3 = data.user;
      if (typeof data3 !== "string" && data3 !== null) {
        const err9 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema342.type }, message: "must be string,null", schema: schema342.type, parentSchema: schema342, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data4 = data.role;
      if (typeof data4 !== "string" && data4 !== null) {
        const err10 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema342.type }, message: "must be string,null", schema: schema342.type, parentSchema: schema342, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema332.type, parentSchema: schema332, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate222.errors = vErrors;
  return errors === 0;
}
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate212.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.token === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.from === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.to === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.via === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "via" }, message: "must have required property 'via'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.blocked === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blocked" }, message: "must have required property 'blocked'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func32.call(schema322.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema322, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.token !== void 0) {
      if (!validate222(data.token, { instancePath: instancePath + "/token", parentData: data, parentDataProperty: "token", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
        errors = vErrors.length;
      }
    }
    if (data.action !== void 0) {
      let data1 = data.action;
      if (!(data1 === "revoke" || data1 === "inactivate" || data1 === "activate")) {
        const err10 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema322.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema322.properties.action.enum, parentSchema: schema322.properties.action, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data2 = data.from;
      if (!(data2 === "active" || data2 === "inactive" || data2 === "revoked")) {
        const err11 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data3 = data.to;
      if (!(data3 === "active" || data3 === "inactive" || data3 === "revoked")) {
        const err12 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.via !== void 0) {
      let data4 = data.via;
      if (!(data4 === "api" || data4 === "admin")) {
        const err13 = { instancePath: instancePath + "/via", schemaPath: "#/properties/via/enum", keyword: "enum", params: { allowedValues: schema322.properties.via.enum }, message: "must be equal to one of the allowed values", schema: schema322.properties.via.enum, parentSchema: schema322.properties.via, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data5 = data.reason;
      if (!(data5 === "declared" || data5 === "unmanaged-policy")) {
        const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/enum", keyword: "enum", params: { allowedValues: schema322.properties.reason.enum }, message: "must be equal to one of the allowed values", schema: schema322.properties.reason.enum, parentSchema: schema322.properties.reason, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.blocked !== void 0) {
      let data6 = data.blocked;
      if (!(data6 === "protected" || data6 === "over-limit" || data6 === "self" || data6 === null)) {
        const err15 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/enum", keyword: "enum", params: { allowedValues: schema322.properties.blocked.enum }, message: "must be equal to one of the allowed values", schema: schema322.properties.blocked.enum, parentSchema: schema322.properties.blocked, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data7 = data.owner;
      if (typeof data7 !== "string" && data7 !== null) {
        const err16 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema342.type }, message: "must be string,null", schema: schema342.type, parentSchema: schema342, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data8 = data.message;
      if (typeof data8 === "string") {
        if (func14(data8) < 1) {
          const err17 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema322.properties.message, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.message.type, parentSchema: schema322.properties.message, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema322.type, parentSchema: schema322, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate212.errors = vErrors;
  return errors === 0;
}
function validate252(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate252.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.token === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "token" || key0 === "message" || key0 === "candidates")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (!(data0 === "missing" || data0 === "unmanaged" || data0 === "rotation-due" || data0 === "unused" || data0 === "ambiguous" || data0 === "terminal" || data0 === "drift")) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema42.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.kind.enum, parentSchema: schema42.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.token !== void 0) {
      if (!validate222(data.token, { instancePath: instancePath + "/token", parentData: data, parentDataProperty: "token", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== void 0) {
      let data2 = data.message;
      if (typeof data2 === "string") {
        if (func14(data2) < 1) {
          const err5 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.message, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.message.type, parentSchema: schema42.properties.message, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.candidates !== void 0) {
      let data3 = data.candidates;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            const err7 = { instancePath: instancePath + "/candidates/" + i0, schemaPath: "#/properties/candidates/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.candidates.items.type, parentSchema: schema42.properties.candidates.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/candidates", schemaPath: "#/properties/candidates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.candidates.type, parentSchema: schema42.properties.candidates, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate252.errors = vErrors;
  return errors === 0;
}
function validate204(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate204.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.formatVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'", schema: schema314.required, parentSchema: schema314, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.account === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'", schema: schema314.required, parentSchema: schema314, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.observedAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "observedAt" }, message: "must have required property 'observedAt'", schema: schema314.required, parentSchema: schema314, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.changes === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema314.required, parentSchema: schema314, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema314.required, parentSchema: schema314, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema314.required, parentSchema: schema314, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.refusal === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "refusal" }, message: "must have required property 'refusal'", schema: schema314.required, parentSchema: schema314, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "formatVersion" || key0 === "account" || key0 === "observedAt" || key0 === "changes" || key0 === "findings" || key0 === "summary" || key0 === "refusal")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema314, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.formatVersion !== void 0) {
      let data0 = data.formatVersion;
      if (1 !== data0) {
        const err8 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema314.properties.formatVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.account !== void 0) {
      let data1 = data.account;
      if (typeof data1 === "string") {
        if (func14(data1) < 1) {
          const err9 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema314.properties.account, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema314.properties.account.type, parentSchema: schema314.properties.account, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.observedAt !== void 0) {
      let data2 = data.observedAt;
      if (typeof data2 === "string") {
        if (func14(data2) < 1) {
          const err11 = { instancePath: instancePath + "/observedAt", schemaPath: "#/properties/observedAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema314.properties.observedAt, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/observedAt", schemaPath: "#/properties/observedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema314.properties.observedAt.type, parentSchema: schema314.properties.observedAt, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data3 = data.changes;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate212(data3[i0], { instancePath: instancePath + "/changes/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema314.properties.changes.type, parentSchema: schema314.properties.changes, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data5 = data.findings;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate252(data5[i1], { instancePath: instancePath + "/findings/" + i1, parentData: data5, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema314.properties.findings.type, parentSchema: schema314.properties.findings, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data7 = data.summary;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.tokens === void 0) {
          const err15 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/summary/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'", schema: schema432.required, parentSchema: schema432, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data7.managed === void 0) {
          const err16 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/summary/required", keyword: "required", params: { missingProperty: "managed" }, message: "must have required property 'managed'", schema: schema432.required, parentSchema: schema432, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data7.unchanged === void 0) {
          const err17 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/summary/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'", schema: schema432.required, parentSchema: schema432, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7.changes === void 0) {
          const err18 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/summary/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema432.required, parentSchema: schema432, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data7.api === void 0) {
          const err19 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/summary/required", keyword: "required", params: { missingProperty: "api" }, message: "must have required property 'api'", schema: schema432.required, parentSchema: schema432, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data7.admin === void 0) {
          const err20 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/summary/required", keyword: "required", params: { missingProperty: "admin" }, message: "must have required property 'admin'", schema: schema432.required, parentSchema: schema432, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data7.blocked === void 0) {
          const err21 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/summary/required", keyword: "required", params: { missingProperty: "blocked" }, message: "must have required property 'blocked'", schema: schema432.required, parentSchema: schema432, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!(key1 === "tokens" || key1 === "managed" || key1 === "unchanged" || key1 === "changes" || key1 === "api" || key1 === "admin" || key1 === "blocked")) {
            const err22 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema432, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data7.tokens !== void 0) {
          let data8 = data7.tokens;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err23 = { instancePath: instancePath + "/summary/tokens", schemaPath: "#/$defs/summary/properties/tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema432.properties.tokens.type, parentSchema: schema432.properties.tokens, data: data8 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err24 = { instancePath: instancePath + "/summary/tokens", schemaPath: "#/$defs/summary/properties/tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema432.properties.tokens, data: data8 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
        if (data7.managed !== void 0) {
          let data9 = data7.managed;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err25 = { instancePath: instancePath + "/summary/managed", schemaPath: "#/$defs/summary/properties/managed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema432.properties.managed.type, parentSchema: schema432.properties.managed, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err26 = { instancePath: instancePath + "/summary/managed", schemaPath: "#/$defs/summary/properties/managed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema432.properties.managed, data: data9 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        if (data7.unchanged !== void 0) {
          let data10 = data7.unchanged;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err27 = { instancePath: instancePath + "/summary/unchanged", schemaPath: "#/$defs/summary/properties/unchanged/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema432.properties.unchanged.type, parentSchema: schema432.properties.unchanged, data: data10 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err28 = { instancePath: instancePath + "/summary/unchanged", schemaPath: "#/$defs/summary/properties/unchanged/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema432.properties.unchanged, data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
        if (data7.changes !== void 0) {
          let data11 = data7.changes;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err29 = { instancePath: instancePath + "/summary/changes", schemaPath: "#/$defs/summary/properties/changes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema432.properties.changes.type, parentSchema: schema432.properties.changes, data: data11 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err30 = { instancePath: instancePath + "/summary/changes", schemaPath: "#/$defs/summary/properties/changes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema432.properties.changes, data: data11 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
        if (data7.api !== void 0) {
          let data12 = data7.api;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err31 = { instancePath: instancePath + "/summary/api", schemaPath: "#/$defs/summary/properties/api/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema432.properties.api.type, parentSchema: schema432.properties.api, data: data12 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err32 = { instancePath: instancePath + "/summary/api", schemaPath: "#/$defs/summary/properties/api/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema432.properties.api, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        }
        if (data7.admin !== void 0) {
          let data13 = data7.admin;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err33 = { instancePath: instancePath + "/summary/admin", schemaPath: "#/$defs/summary/properties/admin/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema432.properties.admin.type, parentSchema: schema432.properties.admin, data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err34 = { instancePath: instancePath + "/summary/admin", schemaPath: "#/$defs/summary/properties/admin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema432.properties.admin, data: data13 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
        if (data7.blocked !== void 0) {
          let data14 = data7.blocked;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err35 = { instancePath: instancePath + "/summary/blocked", schemaPath: "#/$defs/summary/properties/blocked/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema432.properties.blocked.type, parentSchema: schema432.properties.blocked, data: data14 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err36 = { instancePath: instancePath + "/summary/blocked", schemaPath: "#/$defs/summary/properties/blocked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema432.properties.blocked, data: data14 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema432.type, parentSchema: schema432, data: data7 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.refusal !== void 0) {
      let data15 = data.refusal;
      const _errs32 = errors;
      let valid7 = false;
      let passing0 = null;
      const _errs33 = errors;
      if (data15 !== null) {
        const err38 = { instancePath: instancePath + "/refusal", schemaPath: "#/properties/refusal/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema314.properties.refusal.oneOf[0].type, parentSchema: schema314.properties.refusal.oneOf[0], data: data15 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      var _valid0 = _errs33 === errors;
      if (_valid0) {
        valid7 = true;
        passing0 = 0;
      }
      const _errs35 = errors;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.guard === void 0) {
          const err39 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/required", keyword: "required", params: { missingProperty: "guard" }, message: "must have required property 'guard'", schema: schema44.required, parentSchema: schema44, data: data15 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data15.changes === void 0) {
          const err40 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema44.required, parentSchema: schema44, data: data15 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data15.limit === void 0) {
          const err41 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema44.required, parentSchema: schema44, data: data15 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data15.message === void 0) {
          const err42 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema44.required, parentSchema: schema44, data: data15 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        for (const key2 in data15) {
          if (!(key2 === "guard" || key2 === "changes" || key2 === "limit" || key2 === "message")) {
            const err43 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data15 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data15.guard !== void 0) {
          let data16 = data15.guard;
          if ("over-limit" !== data16) {
            const err44 = { instancePath: instancePath + "/refusal/guard", schemaPath: "#/$defs/overLimitRefusal/properties/guard/const", keyword: "const", params: { allowedValue: "over-limit" }, message: "must be equal to constant", schema: "over-limit", parentSchema: schema44.properties.guard, data: data16 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data15.changes !== void 0) {
          let data17 = data15.changes;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err45 = { instancePath: instancePath + "/refusal/changes", schemaPath: "#/$defs/overLimitRefusal/properties/changes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.changes.type, parentSchema: schema44.properties.changes, data: data17 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err46 = { instancePath: instancePath + "/refusal/changes", schemaPath: "#/$defs/overLimitRefusal/properties/changes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44.properties.changes, data: data17 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        }
        if (data15.limit !== void 0) {
          let data18 = data15.limit;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err47 = { instancePath: instancePath + "/refusal/limit", schemaPath: "#/$defs/overLimitRefusal/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.limit.type, parentSchema: schema44.properties.limit, data: data18 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err48 = { instancePath: instancePath + "/refusal/limit", schemaPath: "#/$defs/overLimitRefusal/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44.properties.limit, data: data18 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
        }
        if (data15.message !== void 0) {
          let data19 = data15.message;
          if (typeof data19 === "string") {
            if (func14(data19) < 1) {
              const err49 = { instancePath: instancePath + "/refusal/message", schemaPath: "#/$defs/overLimitRefusal/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.message, data: data19 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/refusal/message", schemaPath: "#/$defs/overLimitRefusal/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.message.type, parentSchema: schema44.properties.message, data: data19 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/overLimitRefusal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data15 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      var _valid0 = _errs35 === errors;
      if (_valid0 && valid7) {
        valid7 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid7 = true;
          passing0 = 1;
          var props0 = true;
        }
        const _errs46 = errors;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
          if (data15.guard === void 0) {
            const err52 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/required", keyword: "required", params: { missingProperty: "guard" }, message: "must have required property 'guard'", schema: schema45.required, parentSchema: schema45, data: data15 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (data15.liveTokens === void 0) {
            const err53 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/required", keyword: "required", params: { missingProperty: "liveTokens" }, message: "must have required property 'liveTokens'", schema: schema45.required, parentSchema: schema45, data: data15 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (data15.message === void 0) {
            const err54 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema45.required, parentSchema: schema45, data: data15 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          for (const key3 in data15) {
            if (!(key3 === "guard" || key3 === "liveTokens" || key3 === "message")) {
              const err55 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data15 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data15.guard !== void 0) {
            let data20 = data15.guard;
            if ("empty-desired" !== data20) {
              const err56 = { instancePath: instancePath + "/refusal/guard", schemaPath: "#/$defs/emptyDesiredRefusal/properties/guard/const", keyword: "const", params: { allowedValue: "empty-desired" }, message: "must be equal to constant", schema: "empty-desired", parentSchema: schema45.properties.guard, data: data20 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data15.liveTokens !== void 0) {
            let data21 = data15.liveTokens;
            if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
              const err57 = { instancePath: instancePath + "/refusal/liveTokens", schemaPath: "#/$defs/emptyDesiredRefusal/properties/liveTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.liveTokens.type, parentSchema: schema45.properties.liveTokens, data: data21 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (typeof data21 == "number" && isFinite(data21)) {
              if (data21 < 0 || isNaN(data21)) {
                const err58 = { instancePath: instancePath + "/refusal/liveTokens", schemaPath: "#/$defs/emptyDesiredRefusal/properties/liveTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.liveTokens, data: data21 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          }
          if (data15.message !== void 0) {
            let data22 = data15.message;
            if (typeof data22 === "string") {
              if (func14(data22) < 1) {
                const err59 = { instancePath: instancePath + "/refusal/message", schemaPath: "#/$defs/emptyDesiredRefusal/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.message, data: data22 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            } else {
              const err60 = { instancePath: instancePath + "/refusal/message", schemaPath: "#/$defs/emptyDesiredRefusal/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.message.type, parentSchema: schema45.properties.message, data: data22 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        } else {
          const err61 = { instancePath: instancePath + "/refusal", schemaPath: "#/$defs/emptyDesiredRefusal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data15 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        var _valid0 = _errs46 === errors;
        if (_valid0 && valid7) {
          valid7 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid7 = true;
            passing0 = 2;
            if (props0 !== true) {
              props0 = true;
            }
          }
        }
      }
      if (!valid7) {
        const err62 = { instancePath: instancePath + "/refusal", schemaPath: "#/properties/refusal/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema314.properties.refusal.oneOf, parentSchema: schema314.properties.refusal, data: data15 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      } else {
        errors = _errs32;
        if (vErrors !== null) {
          if (_errs32) {
            vErrors.length = _errs32;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err63 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema314.type, parentSchema: schema314, data };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate204.errors = vErrors;
  return errors === 0;
}
var ajvRuntime04, validate4, plan_v1_validator_default, schema314, schema432, schema44, schema45, func14, schema322, schema39, schema342, func32, schema332, schema42;
var init_plan_v1_validator = __esm({
  "src/schemas/generated/plan-v1.validator.js"() {
    "use strict";
    ajvRuntime04 = function ucs2length4(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    };
    validate4 = validate204;
    plan_v1_validator_default = validate204;
    schema314 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://netsuite-token-gitops.dev/schemas/plan-v1.schema.json", "title": "netsuite-tokens plan, formatVersion 1", "description": "A plan as netsuite-tokens 0.1 wrote it (formatVersion 1, TBA tokens only). `apply --plan` and `show` still read it; new plans are formatVersion 2 (plan.schema.json).", "type": "object", "additionalProperties": false, "required": ["formatVersion", "account", "observedAt", "changes", "findings", "summary", "refusal"], "properties": { "formatVersion": { "description": "Version of this JSON form. Readers refuse versions they do not know.", "const": 1 }, "account": { "description": "NetSuite account id in realm form, e.g. 1234567_SB1.", "type": "string", "minLength": 1 }, "observedAt": { "description": "When the account was observed (ISO-8601 instant); the plan describes the account at that moment.", "type": "string", "minLength": 1 }, "changes": { "description": "Changes, ordered by token id then action (revoke, inactivate, activate). Blocked changes are listed too, with the reason.", "type": "array", "items": { "$ref": "#/$defs/change" } }, "findings": { "description": "Things found that need a person's attention but no change, ordered by token id then kind.", "type": "array", "items": { "$ref": "#/$defs/finding" } }, "summary": { "$ref": "#/$defs/summary" }, "refusal": { "description": "Set when a safety guard refuses the plan: apply then changes nothing and exits 4. Null otherwise.", "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/overLimitRefusal" }, { "$ref": "#/$defs/emptyDesiredRefusal" }] } }, "$defs": { "nullableString": { "description": "A string, or null where NetSuite (or the file) gave none.", "type": ["string", "null"] }, "state": { "description": "A token's state: revoked is terminal, inactive is reversible.", "enum": ["active", "inactive", "revoked"] }, "token": { "description": "How a token is named: its NetSuite internal id and display names. For a missing or ambiguous entry, the identity the file declares (id may be null).", "type": "object", "additionalProperties": false, "required": ["id", "name", "application", "user", "role"], "properties": { "id": { "$ref": "#/$defs/nullableString", "description": "NetSuite internal id of the token (oauthtoken.id)." }, "name": { "$ref": "#/$defs/nullableString", "description": "Token name (editable in NetSuite, not unique)." }, "application": { "$ref": "#/$defs/nullableString", "description": "Integration (application) name." }, "user": { "$ref": "#/$defs/nullableString", "description": "The entity (user) the token belongs to." }, "role": { "$ref": "#/$defs/nullableString", "description": "The role the token signs in with." } } }, "change": { "description": "One state change of one token.", "type": "object", "additionalProperties": false, "required": ["token", "action", "from", "to", "via", "reason", "blocked", "owner", "message"], "properties": { "token": { "$ref": "#/$defs/token" }, "action": { "description": "What happens to the token.", "enum": ["revoke", "inactivate", "activate"] }, "from": { "$ref": "#/$defs/state", "description": "The state observed now." }, "to": { "$ref": "#/$defs/state", "description": "The state after the change." }, "via": { "description": "api: the operator revokes it through rest/revoketoken with the token's own credentials. admin: an administrator does it in the NetSuite UI.", "enum": ["api", "admin"] }, "reason": { "description": "declared: the file asks for this state. unmanaged-policy: the token is not declared and policy.unmanaged is inactivate.", "enum": ["declared", "unmanaged-policy"] }, "blocked": { "description": "Why the change will not be applied: protected (protect: true, now or remembered), self (the operator's own token), over-limit (more changes than maxChangesPerRun). Null when it will be applied.", "enum": ["protected", "over-limit", "self", null] }, "owner": { "$ref": "#/$defs/nullableString", "description": "The owner the file names for the token (null for unmanaged tokens)." }, "message": { "description": "One sentence saying why.", "type": "string", "minLength": 1 } } }, "finding": { "description": "Something found about a token or a declared entry.", "type": "object", "additionalProperties": false, "required": ["kind", "token", "message"], "properties": { "kind": { "description": "missing: declared, not in NetSuite. unmanaged: in NetSuite, not declared. rotation-due: older than maxAge. unused: no successful login for unusedFor. ambiguous: the entry resolves to several tokens, or to one another entry manages. terminal: revoked but declared active or inactive. drift: moved away from its desired state since the last run.", "enum": ["missing", "unmanaged", "rotation-due", "unused", "ambiguous", "terminal", "drift"] }, "token": { "$ref": "#/$defs/token" }, "message": { "description": "One sentence saying what was found and what to do.", "type": "string", "minLength": 1 }, "candidates": { "description": "For ambiguous findings: ids of the tokens the entry could mean.", "type": "array", "items": { "type": "string" } } } }, "summary": { "description": "Counts over the plan.", "type": "object", "additionalProperties": false, "required": ["tokens", "managed", "unchanged", "changes", "api", "admin", "blocked"], "properties": { "tokens": { "description": "Tokens observed in the account.", "type": "integer", "minimum": 0 }, "managed": { "description": "Observed tokens matched by a declared entry.", "type": "integer", "minimum": 0 }, "unchanged": { "description": "Managed tokens already in their desired state.", "type": "integer", "minimum": 0 }, "changes": { "description": "Changes that are not blocked (api + admin).", "type": "integer", "minimum": 0 }, "api": { "description": "Unblocked changes the operator applies through the API.", "type": "integer", "minimum": 0 }, "admin": { "description": "Unblocked changes for an administrator in the NetSuite UI.", "type": "integer", "minimum": 0 }, "blocked": { "description": "Changes that are blocked.", "type": "integer", "minimum": 0 } } }, "overLimitRefusal": { "description": "More unblocked changes than policy.maxChangesPerRun; apply refuses unless --allow-over-limit is given.", "type": "object", "additionalProperties": false, "required": ["guard", "changes", "limit", "message"], "properties": { "guard": { "description": "The guard that refused.", "const": "over-limit" }, "changes": { "description": "Unblocked changes the plan would make.", "type": "integer", "minimum": 0 }, "limit": { "description": "policy.maxChangesPerRun.", "type": "integer", "minimum": 0 }, "message": { "description": "One sentence saying why and what to do.", "type": "string", "minLength": 1 } } }, "emptyDesiredRefusal": { "description": "The desired-state file is empty, or nearly empty under policy.unmanaged: inactivate, while the account has live tokens; adopt the account with `netsuite-tokens import` first.", "type": "object", "additionalProperties": false, "required": ["guard", "liveTokens", "message"], "properties": { "guard": { "description": "The guard that refused.", "const": "empty-desired" }, "liveTokens": { "description": "Non-revoked tokens in the account.", "type": "integer", "minimum": 0 }, "message": { "description": "One sentence saying why and what to do.", "type": "string", "minLength": 1 } } } } };
    schema432 = { "description": "Counts over the plan.", "type": "object", "additionalProperties": false, "required": ["tokens", "managed", "unchanged", "changes", "api", "admin", "blocked"], "properties": { "tokens": { "description": "Tokens observed in the account.", "type": "integer", "minimum": 0 }, "managed": { "description": "Observed tokens matched by a declared entry.", "type": "integer", "minimum": 0 }, "unchanged": { "description": "Managed tokens already in their desired state.", "type": "integer", "minimum": 0 }, "changes": { "description": "Changes that are not blocked (api + admin).", "type": "integer", "minimum": 0 }, "api": { "description": "Unblocked changes the operator applies through the API.", "type": "integer", "minimum": 0 }, "admin": { "description": "Unblocked changes for an administrator in the NetSuite UI.", "type": "integer", "minimum": 0 }, "blocked": { "description": "Changes that are blocked.", "type": "integer", "minimum": 0 } } };
    schema44 = { "description": "More unblocked changes than policy.maxChangesPerRun; apply refuses unless --allow-over-limit is given.", "type": "object", "additionalProperties": false, "required": ["guard", "changes", "limit", "message"], "properties": { "guard": { "description": "The guard that refused.", "const": "over-limit" }, "changes": { "description": "Unblocked changes the plan would make.", "type": "integer", "minimum": 0 }, "limit": { "description": "policy.maxChangesPerRun.", "type": "integer", "minimum": 0 }, "message": { "description": "One sentence saying why and what to do.", "type": "string", "minLength": 1 } } };
    schema45 = { "description": "The desired-state file is empty, or nearly empty under policy.unmanaged: inactivate, while the account has live tokens; adopt the account with `netsuite-tokens import` first.", "type": "object", "additionalProperties": false, "required": ["guard", "liveTokens", "message"], "properties": { "guard": { "description": "The guard that refused.", "const": "empty-desired" }, "liveTokens": { "description": "Non-revoked tokens in the account.", "type": "integer", "minimum": 0 }, "message": { "description": "One sentence saying why and what to do.", "type": "string", "minLength": 1 } } };
    func14 = ajvRuntime04;
    schema322 = { "description": "One state change of one token.", "type": "object", "additionalProperties": false, "required": ["token", "action", "from", "to", "via", "reason", "blocked", "owner", "message"], "properties": { "token": { "$ref": "#/$defs/token" }, "action": { "description": "What happens to the token.", "enum": ["revoke", "inactivate", "activate"] }, "from": { "$ref": "#/$defs/state", "description": "The state observed now." }, "to": { "$ref": "#/$defs/state", "description": "The state after the change." }, "via": { "description": "api: the operator revokes it through rest/revoketoken with the token's own credentials. admin: an administrator does it in the NetSuite UI.", "enum": ["api", "admin"] }, "reason": { "description": "declared: the file asks for this state. unmanaged-policy: the token is not declared and policy.unmanaged is inactivate.", "enum": ["declared", "unmanaged-policy"] }, "blocked": { "description": "Why the change will not be applied: protected (protect: true, now or remembered), self (the operator's own token), over-limit (more changes than maxChangesPerRun). Null when it will be applied.", "enum": ["protected", "over-limit", "self", null] }, "owner": { "$ref": "#/$defs/nullableString", "description": "The owner the file names for the token (null for unmanaged tokens)." }, "message": { "description": "One sentence saying why.", "type": "string", "minLength": 1 } } };
    schema39 = { "description": "A token's state: revoked is terminal, inactive is reversible.", "enum": ["active", "inactive", "revoked"] };
    schema342 = { "description": "A string, or null where NetSuite (or the file) gave none.", "type": ["string", "null"] };
    func32 = Object.prototype.hasOwnProperty;
    schema332 = { "description": "How a token is named: its NetSuite internal id and display names. For a missing or ambiguous entry, the identity the file declares (id may be null).", "type": "object", "additionalProperties": false, "required": ["id", "name", "application", "user", "role"], "properties": { "id": { "$ref": "#/$defs/nullableString", "description": "NetSuite internal id of the token (oauthtoken.id)." }, "name": { "$ref": "#/$defs/nullableString", "description": "Token name (editable in NetSuite, not unique)." }, "application": { "$ref": "#/$defs/nullableString", "description": "Integration (application) name." }, "user": { "$ref": "#/$defs/nullableString", "description": "The entity (user) the token belongs to." }, "role": { "$ref": "#/$defs/nullableString", "description": "The role the token signs in with." } } };
    validate222.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate212.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema42 = { "description": "Something found about a token or a declared entry.", "type": "object", "additionalProperties": false, "required": ["kind", "token", "message"], "properties": { "kind": { "description": "missing: declared, not in NetSuite. unmanaged: in NetSuite, not declared. rotation-due: older than maxAge. unused: no successful login for unusedFor. ambiguous: the entry resolves to several tokens, or to one another entry manages. terminal: revoked but declared active or inactive. drift: moved away from its desired state since the last run.", "enum": ["missing", "unmanaged", "rotation-due", "unused", "ambiguous", "terminal", "drift"] }, "token": { "$ref": "#/$defs/token" }, "message": { "description": "One sentence saying what was found and what to do.", "type": "string", "minLength": 1 }, "candidates": { "description": "For ambiguous findings: ids of the tokens the entry could mean.", "type": "array", "items": { "type": "string" } } } };
    validate252.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate204.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// src/schemas/generated/emulator-seed.validator.js
var emulator_seed_validator_exports = {};
__export(emulator_seed_validator_exports, {
  default: () => emulator_seed_validator_default,
  validate: () => validate5
});
function validate213(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate213.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema323.required, parentSchema: schema323, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema323.required, parentSchema: schema323, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.consumerKey === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "consumerKey" }, message: "must have required property 'consumerKey'", schema: schema323.required, parentSchema: schema323, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.consumerSecret === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "consumerSecret" }, message: "must have required property 'consumerSecret'", schema: schema323.required, parentSchema: schema323, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema323.required, parentSchema: schema323, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "consumerKey" || key0 === "consumerSecret" || key0 === "state" || key0 === "applicationId" || key0 === "grants")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema323, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 !== "string" && !(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 999999999999999 || isNaN(data0)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (typeof data0 === "string") {
        if (!pattern52.test(data0)) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func15(data1) > 300) {
          const err10 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema343, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func15(data1) < 1) {
          const err11 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema343, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema343.type, parentSchema: schema343, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.consumerKey !== void 0) {
      let data2 = data.consumerKey;
      if (typeof data2 === "string") {
        if (!pattern62.test(data2)) {
          const err13 = { instancePath: instancePath + "/consumerKey", schemaPath: "#/$defs/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{16,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{16,128}$"', schema: "^[A-Za-z0-9_-]{16,128}$", parentSchema: schema352, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/consumerKey", schemaPath: "#/$defs/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema352.type, parentSchema: schema352, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.consumerSecret !== void 0) {
      let data3 = data.consumerSecret;
      if (typeof data3 === "string") {
        if (!pattern62.test(data3)) {
          const err15 = { instancePath: instancePath + "/consumerSecret", schemaPath: "#/$defs/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{16,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{16,128}$"', schema: "^[A-Za-z0-9_-]{16,128}$", parentSchema: schema352, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/consumerSecret", schemaPath: "#/$defs/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema352.type, parentSchema: schema352, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data4 = data.state;
      if (!(data4 === "enabled" || data4 === "blocked")) {
        const err17 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema323.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema323.properties.state.enum, parentSchema: schema323.properties.state, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.applicationId !== void 0) {
      let data5 = data.applicationId;
      if (typeof data5 === "string") {
        if (!pattern8.test(data5)) {
          const err18 = { instancePath: instancePath + "/applicationId", schemaPath: "#/properties/applicationId/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"', schema: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", parentSchema: schema323.properties.applicationId, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/applicationId", schemaPath: "#/properties/applicationId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema323.properties.applicationId.type, parentSchema: schema323.properties.applicationId, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.grants !== void 0) {
      let data6 = data.grants;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (!(data7 === "tba" || data7 === "client-credentials")) {
            const err20 = { instancePath: instancePath + "/grants/" + i0, schemaPath: "#/properties/grants/items/enum", keyword: "enum", params: { allowedValues: schema323.properties.grants.items.enum }, message: "must be equal to one of the allowed values", schema: schema323.properties.grants.items.enum, parentSchema: schema323.properties.grants.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema323.properties.grants.type, parentSchema: schema323.properties.grants, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema323.type, parentSchema: schema323, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate213.errors = vErrors;
  return errors === 0;
}
function validate232(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate232.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "email")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 !== "string" && !(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 999999999999999 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (typeof data0 === "string") {
        if (!pattern52.test(data0)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func15(data1) > 300) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema343, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func15(data1) < 1) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema343, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema343.type, parentSchema: schema343, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      let data2 = data.email;
      if (typeof data2 === "string") {
        if (func15(data2) > 254) {
          const err10 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters", schema: 254, parentSchema: schema37.properties.email, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.email.type, parentSchema: schema37.properties.email, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate232.errors = vErrors;
  return errors === 0;
}
function validate253(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate253.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema402.required, parentSchema: schema402, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema402.required, parentSchema: schema402, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "permissions")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema402, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 !== "string" && !(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 999999999999999 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (typeof data0 === "string") {
        if (!pattern52.test(data0)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func15(data1) > 300) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema343, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func15(data1) < 1) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema343, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema343.type, parentSchema: schema343, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data2 = data.permissions;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (!(data3 === "ADMI_LOGIN_OAUTH2" || data3 === "ADMI_MANAGE_OWN_OAUTH2_CERTS" || data3 === "ADMI_MANAGE_OAUTH2" || data3 === "ADMI_RESTWEBSERVICES" || data3 === "ADMI_AUDITLOGIN" || data3 === "ADMI_MANAGE_OAUTH_TOKENS" || data3 === "ADMI_MANAGE_OWN_OAUTH_TOKENS" || data3 === "ADMI_WEBSERVICES" || data3 === "ADMI_INTEGRAPP" || data3 === "LIST_INTEGRAPP")) {
            const err10 = { instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/properties/permissions/items/enum", keyword: "enum", params: { allowedValues: schema402.properties.permissions.items.enum }, message: "must be equal to one of the allowed values", schema: schema402.properties.permissions.items.enum, parentSchema: schema402.properties.permissions.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema402.properties.permissions.type, parentSchema: schema402.properties.permissions, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema402.type, parentSchema: schema402, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate253.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.revoked === void 0 && (missing0 = "revoked")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.revoked !== void 0) {
        if (true !== data.revoked) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.revokedAt === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "revokedAt" }, message: "must have required property 'revokedAt'", schema: schema433.then.required, parentSchema: schema433.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema433.if, parentSchema: schema433, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema433.required, parentSchema: schema433, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema433.required, parentSchema: schema433, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.integration === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "integration" }, message: "must have required property 'integration'", schema: schema433.required, parentSchema: schema433, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.entity === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entity" }, message: "must have required property 'entity'", schema: schema433.required, parentSchema: schema433, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema433.required, parentSchema: schema433, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema433.required, parentSchema: schema433, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func8.call(schema433.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema433, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 !== "string" && !(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 999999999999999 || isNaN(data1)) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data1 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (typeof data1 === "string") {
        if (!pattern52.test(data1)) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data1 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (func15(data2) > 300) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema343, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func15(data2) < 1) {
          const err16 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema343, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema343.type, parentSchema: schema343, data: data2 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.integration !== void 0) {
      let data3 = data.integration;
      if (typeof data3 !== "string" && !(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err18 = { instancePath: instancePath + "/integration", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 999999999999999 || isNaN(data3)) {
          const err19 = { instancePath: instancePath + "/integration", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err20 = { instancePath: instancePath + "/integration", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data3 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      if (typeof data3 === "string") {
        if (!pattern52.test(data3)) {
          const err21 = { instancePath: instancePath + "/integration", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data3 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.entity !== void 0) {
      let data4 = data.entity;
      if (typeof data4 !== "string" && !(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err22 = { instancePath: instancePath + "/entity", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 999999999999999 || isNaN(data4)) {
          const err23 = { instancePath: instancePath + "/entity", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data4 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err24 = { instancePath: instancePath + "/entity", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data4 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      if (typeof data4 === "string") {
        if (!pattern52.test(data4)) {
          const err25 = { instancePath: instancePath + "/entity", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data4 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.role !== void 0) {
      let data5 = data.role;
      if (typeof data5 !== "string" && !(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err26 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data5 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 999999999999999 || isNaN(data5)) {
          const err27 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data5 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err28 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data5 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      if (typeof data5 === "string") {
        if (!pattern52.test(data5)) {
          const err29 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data5 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    if (data.created !== void 0) {
      let data6 = data.created;
      if (typeof data6 === "string") {
        if (!pattern15.test(data6)) {
          const err30 = { instancePath: instancePath + "/created", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema49, data: data6 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/created", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data6 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.createdBy !== void 0) {
      let data7 = data.createdBy;
      if (typeof data7 !== "string" && !(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err32 = { instancePath: instancePath + "/createdBy", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data7 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 999999999999999 || isNaN(data7)) {
          const err33 = { instancePath: instancePath + "/createdBy", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data7 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data7 < 1 || isNaN(data7)) {
          const err34 = { instancePath: instancePath + "/createdBy", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data7 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      if (typeof data7 === "string") {
        if (!pattern52.test(data7)) {
          const err35 = { instancePath: instancePath + "/createdBy", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data7 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.inactive !== void 0) {
      let data8 = data.inactive;
      if (typeof data8 !== "boolean") {
        const err36 = { instancePath: instancePath + "/inactive", schemaPath: "#/properties/inactive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema433.properties.inactive.type, parentSchema: schema433.properties.inactive, data: data8 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.revoked !== void 0) {
      let data9 = data.revoked;
      if (typeof data9 !== "boolean") {
        const err37 = { instancePath: instancePath + "/revoked", schemaPath: "#/properties/revoked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema433.properties.revoked.type, parentSchema: schema433.properties.revoked, data: data9 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.revokedAt !== void 0) {
      let data10 = data.revokedAt;
      if (typeof data10 === "string") {
        if (!pattern15.test(data10)) {
          const err38 = { instancePath: instancePath + "/revokedAt", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema49, data: data10 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/revokedAt", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data10 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.tokenId !== void 0) {
      let data11 = data.tokenId;
      if (typeof data11 === "string") {
        if (!pattern62.test(data11)) {
          const err40 = { instancePath: instancePath + "/tokenId", schemaPath: "#/$defs/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{16,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{16,128}$"', schema: "^[A-Za-z0-9_-]{16,128}$", parentSchema: schema352, data: data11 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/tokenId", schemaPath: "#/$defs/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema352.type, parentSchema: schema352, data: data11 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.tokenSecret !== void 0) {
      let data12 = data.tokenSecret;
      if (typeof data12 === "string") {
        if (!pattern62.test(data12)) {
          const err42 = { instancePath: instancePath + "/tokenSecret", schemaPath: "#/$defs/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{16,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{16,128}$"', schema: "^[A-Za-z0-9_-]{16,128}$", parentSchema: schema352, data: data12 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/tokenSecret", schemaPath: "#/$defs/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema352.type, parentSchema: schema352, data: data12 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.tokenId !== void 0) {
      if (data.tokenSecret === void 0) {
        const err44 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "tokenId",
          missingProperty: "tokenSecret",
          depsCount: 1,
          deps: "tokenSecret"
        }, message: "must have property tokenSecret when property tokenId is present", schema: schema433.dependentRequired, parentSchema: schema433, data };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.tokenSecret !== void 0) {
      if (data.tokenId === void 0) {
        const err45 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "tokenSecret",
          missingProperty: "tokenId",
          depsCount: 1,
          deps: "tokenId"
        }, message: "must have property tokenId when property tokenSecret is present", schema: schema433.dependentRequired, parentSchema: schema433, data };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.revokedAt !== void 0) {
      if (data.revoked === void 0) {
        const err46 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "revokedAt",
          missingProperty: "revoked",
          depsCount: 1,
          deps: "revoked"
        }, message: "must have property revoked when property revokedAt is present", schema: schema433.dependentRequired, parentSchema: schema433, data };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema433.type, parentSchema: schema433, data };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate292(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate292.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.date === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func8.call(schema542.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema542, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data0 = data.date;
      if (typeof data0 === "string") {
        if (!pattern15.test(data0)) {
          const err3 = { instancePath: instancePath + "/date", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema49, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/date", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      if (!(data1 === "Success" || data1 === "Failure")) {
        const err5 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema542.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema542.properties.status.enum, parentSchema: schema542.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.application !== void 0) {
      let data2 = data.application;
      if (typeof data2 === "string") {
        if (func15(data2) > 300) {
          const err6 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema343, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func15(data2) < 1) {
          const err7 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema343, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema343.type, parentSchema: schema343, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.token !== void 0) {
      let data3 = data.token;
      if (typeof data3 === "string") {
        if (func15(data3) > 300) {
          const err9 = { instancePath: instancePath + "/token", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema343, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func15(data3) < 1) {
          const err10 = { instancePath: instancePath + "/token", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema343, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/token", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema343.type, parentSchema: schema343, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data4 = data.user;
      if (typeof data4 !== "string" && !(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err12 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 999999999999999 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (typeof data4 === "string") {
        if (!pattern52.test(data4)) {
          const err15 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.role !== void 0) {
      let data5 = data.role;
      if (typeof data5 !== "string" && !(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err16 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 999999999999999 || isNaN(data5)) {
          const err17 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err18 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (typeof data5 === "string") {
        if (!pattern52.test(data5)) {
          const err19 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.emailAddress !== void 0) {
      let data6 = data.emailAddress;
      if (typeof data6 === "string") {
        if (func15(data6) > 254) {
          const err20 = { instancePath: instancePath + "/emailAddress", schemaPath: "#/properties/emailAddress/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters", schema: 254, parentSchema: schema542.properties.emailAddress, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/emailAddress", schemaPath: "#/properties/emailAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema542.properties.emailAddress.type, parentSchema: schema542.properties.emailAddress, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.ipAddress !== void 0) {
      let data7 = data.ipAddress;
      if (typeof data7 === "string") {
        if (func15(data7) > 64) {
          const err22 = { instancePath: instancePath + "/ipAddress", schemaPath: "#/properties/ipAddress/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema542.properties.ipAddress, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/ipAddress", schemaPath: "#/properties/ipAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema542.properties.ipAddress.type, parentSchema: schema542.properties.ipAddress, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.requestUri !== void 0) {
      let data8 = data.requestUri;
      if (typeof data8 === "string") {
        if (func15(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/requestUri", schemaPath: "#/properties/requestUri/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema542.properties.requestUri, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/requestUri", schemaPath: "#/properties/requestUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema542.properties.requestUri.type, parentSchema: schema542.properties.requestUri, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.detail !== void 0) {
      let data9 = data.detail;
      if (typeof data9 === "string") {
        if (func15(data9) > 300) {
          const err26 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema542.properties.detail, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema542.properties.detail.type, parentSchema: schema542.properties.detail, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.secChallenge !== void 0) {
      let data10 = data.secChallenge;
      if (typeof data10 === "string") {
        if (func15(data10) > 300) {
          const err28 = { instancePath: instancePath + "/secChallenge", schemaPath: "#/properties/secChallenge/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema542.properties.secChallenge, data: data10 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/secChallenge", schemaPath: "#/properties/secChallenge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema542.properties.secChallenge.type, parentSchema: schema542.properties.secChallenge, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.userAgent !== void 0) {
      let data11 = data.userAgent;
      if (typeof data11 === "string") {
        if (func15(data11) > 500) {
          const err30 = { instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema542.properties.userAgent, data: data11 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema542.properties.userAgent.type, parentSchema: schema542.properties.userAgent, data: data11 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema542.type, parentSchema: schema542, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate292.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func8.call(schema64.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.generate !== void 0) {
      let data0 = data.generate;
      if (!(data0 === "ec-p256" || data0 === "ec-p384" || data0 === "ec-p521" || data0 === "rsa-3072" || data0 === "rsa-4096")) {
        const err1 = { instancePath: instancePath + "/generate", schemaPath: "#/properties/generate/enum", keyword: "enum", params: { allowedValues: schema64.properties.generate.enum }, message: "must be equal to one of the allowed values", schema: schema64.properties.generate.enum, parentSchema: schema64.properties.generate, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.validFrom !== void 0) {
      let data1 = data.validFrom;
      if (typeof data1 === "string") {
        if (!pattern15.test(data1)) {
          const err2 = { instancePath: instancePath + "/validFrom", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema49, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/validFrom", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.validUntil !== void 0) {
      let data2 = data.validUntil;
      if (typeof data2 === "string") {
        if (!pattern15.test(data2)) {
          const err4 = { instancePath: instancePath + "/validUntil", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema49, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/validUntil", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.expiresIn !== void 0) {
      let data3 = data.expiresIn;
      if (typeof data3 === "string") {
        if (!pattern292.test(data3)) {
          const err6 = { instancePath: instancePath + "/expiresIn", schemaPath: "#/$defs/days/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,5}d$" }, message: 'must match pattern "^[0-9]{1,5}d$"', schema: "^[0-9]{1,5}d$", parentSchema: schema67, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/expiresIn", schemaPath: "#/$defs/days/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.type, parentSchema: schema67, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.validity !== void 0) {
      let data4 = data.validity;
      if (typeof data4 === "string") {
        if (!pattern292.test(data4)) {
          const err8 = { instancePath: instancePath + "/validity", schemaPath: "#/$defs/days/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,5}d$" }, message: 'must match pattern "^[0-9]{1,5}d$"', schema: "^[0-9]{1,5}d$", parentSchema: schema67, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/validity", schemaPath: "#/$defs/days/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.type, parentSchema: schema67, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.certificatePem !== void 0) {
      let data5 = data.certificatePem;
      if (typeof data5 === "string") {
        if (func15(data5) > 2e4) {
          const err10 = { instancePath: instancePath + "/certificatePem", schemaPath: "#/$defs/pem/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema69, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern31.test(data5)) {
          const err11 = { instancePath: instancePath + "/certificatePem", schemaPath: "#/$defs/pem/pattern", keyword: "pattern", params: { pattern: "^\\s*-----BEGIN [A-Z0-9 ]+-----" }, message: 'must match pattern "^\\s*-----BEGIN [A-Z0-9 ]+-----"', schema: "^\\s*-----BEGIN [A-Z0-9 ]+-----", parentSchema: schema69, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/certificatePem", schemaPath: "#/$defs/pem/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.type, parentSchema: schema69, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.privateKeyPem !== void 0) {
      let data6 = data.privateKeyPem;
      if (typeof data6 === "string") {
        if (func15(data6) > 2e4) {
          const err13 = { instancePath: instancePath + "/privateKeyPem", schemaPath: "#/$defs/pem/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema69, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern31.test(data6)) {
          const err14 = { instancePath: instancePath + "/privateKeyPem", schemaPath: "#/$defs/pem/pattern", keyword: "pattern", params: { pattern: "^\\s*-----BEGIN [A-Z0-9 ]+-----" }, message: 'must match pattern "^\\s*-----BEGIN [A-Z0-9 ]+-----"', schema: "^\\s*-----BEGIN [A-Z0-9 ]+-----", parentSchema: schema69, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/privateKeyPem", schemaPath: "#/$defs/pem/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.type, parentSchema: schema69, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data7 = data.created;
      if (typeof data7 === "string") {
        if (!pattern15.test(data7)) {
          const err16 = { instancePath: instancePath + "/created", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema49, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/created", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.revoked !== void 0) {
      let data8 = data.revoked;
      if (typeof data8 !== "boolean") {
        const err18 = { instancePath: instancePath + "/revoked", schemaPath: "#/properties/revoked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.revoked.type, parentSchema: schema64.properties.revoked, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.revokedAt !== void 0) {
      let data9 = data.revokedAt;
      if (typeof data9 === "string") {
        if (!pattern15.test(data9)) {
          const err19 = { instancePath: instancePath + "/revokedAt", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema49, data: data9 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/revokedAt", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data9 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.privateKeyPem !== void 0) {
      if (data.certificatePem === void 0) {
        const err21 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "privateKeyPem",
          missingProperty: "certificatePem",
          depsCount: 1,
          deps: "certificatePem"
        }, message: "must have property certificatePem when property privateKeyPem is present", schema: schema64.dependentRequired, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.validFrom !== void 0) {
      if (data.validUntil === void 0) {
        const err22 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "validFrom",
          missingProperty: "validUntil",
          depsCount: 1,
          deps: "validUntil"
        }, message: "must have property validUntil when property validFrom is present", schema: schema64.dependentRequired, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.validity !== void 0) {
      if (data.expiresIn === void 0) {
        const err23 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "validity",
          missingProperty: "expiresIn",
          depsCount: 1,
          deps: "expiresIn"
        }, message: "must have property expiresIn when property validity is present", schema: schema64.dependentRequired, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.revokedAt !== void 0) {
      if (data.revoked === void 0) {
        const err24 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "revokedAt",
          missingProperty: "revoked",
          depsCount: 1,
          deps: "revoked"
        }, message: "must have property revoked when property revokedAt is present", schema: schema64.dependentRequired, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate312(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate312.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.integration === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "integration" }, message: "must have required property 'integration'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.entity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entity" }, message: "must have required property 'entity'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.certificates === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "certificates" }, message: "must have required property 'certificates'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "integration" || key0 === "entity" || key0 === "role" || key0 === "certificates")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern23.test(data0)) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema60.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.name.type, parentSchema: schema60.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.integration !== void 0) {
      let data1 = data.integration;
      if (typeof data1 !== "string" && !(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err8 = { instancePath: instancePath + "/integration", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 999999999999999 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/integration", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err10 = { instancePath: instancePath + "/integration", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (typeof data1 === "string") {
        if (!pattern52.test(data1)) {
          const err11 = { instancePath: instancePath + "/integration", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.entity !== void 0) {
      let data2 = data.entity;
      if (typeof data2 !== "string" && !(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err12 = { instancePath: instancePath + "/entity", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 999999999999999 || isNaN(data2)) {
          const err13 = { instancePath: instancePath + "/entity", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/entity", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (typeof data2 === "string") {
        if (!pattern52.test(data2)) {
          const err15 = { instancePath: instancePath + "/entity", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.role !== void 0) {
      let data3 = data.role;
      if (typeof data3 !== "string" && !(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err16 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema333.type }, message: "must be string,integer", schema: schema333.type, parentSchema: schema333, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 999999999999999 || isNaN(data3)) {
          const err17 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema333, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err18 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema333, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (typeof data3 === "string") {
        if (!pattern52.test(data3)) {
          const err19 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema333, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.certificates !== void 0) {
      let data4 = data.certificates;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err20 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60.properties.certificates, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate32(data4[i0], { instancePath: instancePath + "/certificates/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.certificates.type, parentSchema: schema60.properties.certificates, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate312.errors = vErrors;
  return errors === 0;
}
function validate205(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate205.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.account === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'", schema: schema315.required, parentSchema: schema315, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.integrations === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "integrations" }, message: "must have required property 'integrations'", schema: schema315.required, parentSchema: schema315, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.entities === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entities" }, message: "must have required property 'entities'", schema: schema315.required, parentSchema: schema315, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.roles === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "roles" }, message: "must have required property 'roles'", schema: schema315.required, parentSchema: schema315, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.tokens === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'", schema: schema315.required, parentSchema: schema315, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "account" || key0 === "integrations" || key0 === "entities" || key0 === "roles" || key0 === "tokens" || key0 === "loginAudit" || key0 === "mappings")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema315, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema315.properties.$schema.type, parentSchema: schema315.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.account !== void 0) {
      let data1 = data.account;
      if (typeof data1 === "string") {
        if (!pattern42.test(data1)) {
          const err7 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$" }, message: 'must match pattern "^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$"', schema: "^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$", parentSchema: schema315.properties.account, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema315.properties.account.type, parentSchema: schema315.properties.account, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.integrations !== void 0) {
      let data2 = data.integrations;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate213(data2[i0], { instancePath: instancePath + "/integrations/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate213.errors : vErrors.concat(validate213.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema315.properties.integrations.type, parentSchema: schema315.properties.integrations, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.entities !== void 0) {
      let data4 = data.entities;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate232(data4[i1], { instancePath: instancePath + "/entities/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/entities", schemaPath: "#/properties/entities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema315.properties.entities.type, parentSchema: schema315.properties.entities, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.roles !== void 0) {
      let data6 = data.roles;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate253(data6[i2], { instancePath: instancePath + "/roles/" + i2, parentData: data6, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate253.errors : vErrors.concat(validate253.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema315.properties.roles.type, parentSchema: schema315.properties.roles, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tokens !== void 0) {
      let data8 = data.tokens;
      if (Array.isArray(data8)) {
        const len3 = data8.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate27(data8[i3], { instancePath: instancePath + "/tokens/" + i3, parentData: data8, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema315.properties.tokens.type, parentSchema: schema315.properties.tokens, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.loginAudit !== void 0) {
      let data10 = data.loginAudit;
      if (Array.isArray(data10)) {
        const len4 = data10.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate292(data10[i4], { instancePath: instancePath + "/loginAudit/" + i4, parentData: data10, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate292.errors : vErrors.concat(validate292.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/loginAudit", schemaPath: "#/properties/loginAudit/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema315.properties.loginAudit.type, parentSchema: schema315.properties.loginAudit, data: data10 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.mappings !== void 0) {
      let data12 = data.mappings;
      if (Array.isArray(data12)) {
        const len5 = data12.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate312(data12[i5], { instancePath: instancePath + "/mappings/" + i5, parentData: data12, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate312.errors : vErrors.concat(validate312.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/mappings", schemaPath: "#/properties/mappings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema315.properties.mappings.type, parentSchema: schema315.properties.mappings, data: data12 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema315.type, parentSchema: schema315, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate205.errors = vErrors;
  return errors === 0;
}
var ajvRuntime05, validate5, emulator_seed_validator_default, schema315, pattern42, schema323, schema333, schema343, schema352, pattern52, pattern62, pattern8, func15, schema37, schema402, schema433, schema49, func8, pattern15, schema542, schema60, pattern23, schema64, schema67, schema69, pattern292, pattern31;
var init_emulator_seed_validator = __esm({
  "src/schemas/generated/emulator-seed.validator.js"() {
    "use strict";
    ajvRuntime05 = function ucs2length5(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    };
    validate5 = validate205;
    emulator_seed_validator_default = validate205;
    schema315 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://netsuite-token-gitops.dev/schemas/emulator-seed.schema.json", "title": "NetSuite emulator seed", "description": "What the local NetSuite emulator (netsuite-tokens emulator --seed FILE) holds when it starts: the account, its integration records, entities, roles, TBA access tokens, Login Audit Trail rows and OAuth 2.0 client credentials (M2M) mappings with their certificates. Every secret in a seed is a fake value for the emulator; never put real NetSuite credentials here.", "type": "object", "additionalProperties": false, "required": ["account", "integrations", "entities", "roles", "tokens"], "properties": { "$schema": { "description": "Optional pointer to this schema, for editors.", "type": "string" }, "account": { "description": "The emulated account id in realm form (upper case, underscore), such as 1234567 or 1234567_SB1. Requests must sign with exactly this realm.", "type": "string", "pattern": "^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$" }, "integrations": { "description": "Integration records (Setup > Integration > Manage Integrations): the applications whose consumer key and secret sign requests.", "type": "array", "items": { "$ref": "#/$defs/integration" } }, "entities": { "description": "Users (employees) that tokens belong to.", "type": "array", "items": { "$ref": "#/$defs/entity" } }, "roles": { "description": "Roles that tokens log in with.", "type": "array", "items": { "$ref": "#/$defs/role" } }, "tokens": { "description": "TBA access tokens, as the oauthtoken table shows them, plus the token key and secret when someone holds them.", "type": "array", "items": { "$ref": "#/$defs/token" } }, "loginAudit": { "description": "Login Audit Trail rows (the loginaudit table). The emulator adds a row for every signed request it receives.", "type": "array", "items": { "$ref": "#/$defs/loginAuditRow" } }, "mappings": { "description": "OAuth 2.0 Client Credentials (M2M) Setup (Setup > Integration > Manage Authentication): which entity and role an integration signs in as, and the certificates mapped for it, given as PEM or generated when the emulator starts.", "type": "array", "items": { "$ref": "#/$defs/mapping" } } }, "$defs": { "internalId": { "description": "A NetSuite internal id: a positive whole number, written as digits (quoted or not).", "type": ["string", "integer"], "pattern": "^[1-9][0-9]{0,14}$", "minimum": 1, "maximum": 999999999999999 }, "instant": { "description": "An ISO-8601 instant with a time zone, such as 2026-11-01T09:30:00Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, "secret": { "description": "A fake credential for the emulator: 16 to 128 characters from letters, digits, - and _. Never a real NetSuite secret.", "type": "string", "pattern": "^[A-Za-z0-9_-]{16,128}$" }, "name": { "description": "A display name as NetSuite shows it.", "type": "string", "minLength": 1, "maxLength": 300 }, "integration": { "description": "An integration record with its consumer key and secret.", "type": "object", "additionalProperties": false, "required": ["id", "name", "consumerKey", "consumerSecret", "state"], "properties": { "id": { "description": "Internal id of the integration record; tokens refer to it.", "$ref": "#/$defs/internalId" }, "name": { "description": "Application name, what BUILTIN.DF(tba_app_name) shows.", "$ref": "#/$defs/name" }, "consumerKey": { "description": "The consumer key requests sign with, which is also the OAuth 2.0 client ID (NetSuite shows one value, Consumer Key / Client ID): the iss of client assertions and the <clientId> of the certificates API. Unique across integrations.", "$ref": "#/$defs/secret" }, "consumerSecret": { "description": "The consumer secret (fake).", "$ref": "#/$defs/secret" }, "state": { "description": "enabled: its tokens authenticate. blocked: every request is refused with consumer_key_refused, reversibly.", "enum": ["enabled", "blocked"] }, "applicationId": { "description": "The record's Application ID, a UUID such as 4E2F0C6B-93A1-4C57-A8D9-0B7F2E61C3A5; derived from the account and id when omitted.", "type": "string", "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$" }, "grants": { "description": "The authentication boxes checked on the record: tba (Token-based Authentication) and client-credentials (Client Credentials (Machine to Machine) Grant). Each at most once. Default: [tba].", "type": "array", "items": { "enum": ["tba", "client-credentials"] }, "default": ["tba"] } } }, "entity": { "description": "A user (employee) record.", "type": "object", "additionalProperties": false, "required": ["id", "name"], "properties": { "id": { "description": "Internal id of the entity; tokens and login rows refer to it.", "$ref": "#/$defs/internalId" }, "name": { "description": "What BUILTIN.DF(entity_name) shows.", "$ref": "#/$defs/name" }, "email": { "description": "The user's email address.", "type": "string", "maxLength": 254 } } }, "role": { "description": "A role record.", "type": "object", "additionalProperties": false, "required": ["id", "name"], "properties": { "id": { "description": "Internal id of the role; tokens and login rows refer to it.", "$ref": "#/$defs/internalId" }, "name": { "description": "What BUILTIN.DF(role_name) shows.", "$ref": "#/$defs/name" }, "permissions": { "description": "Permission ids of the role, each at most once. The emulator checks ADMI_LOGIN_OAUTH2 (Log in using OAuth 2.0 Access Tokens) at the M2M token endpoint and ADMI_MANAGE_OWN_OAUTH2_CERTS (Manage own OAuth 2.0 Client Credentials certificates) on the certificates API; the others only describe the role.", "type": "array", "items": { "enum": ["ADMI_LOGIN_OAUTH2", "ADMI_MANAGE_OWN_OAUTH2_CERTS", "ADMI_MANAGE_OAUTH2", "ADMI_RESTWEBSERVICES", "ADMI_AUDITLOGIN", "ADMI_MANAGE_OAUTH_TOKENS", "ADMI_MANAGE_OWN_OAUTH_TOKENS", "ADMI_WEBSERVICES", "ADMI_INTEGRAPP", "LIST_INTEGRAPP"] } } } }, "token": { "description": "A TBA access token: one row of oauthtoken.", "type": "object", "additionalProperties": false, "required": ["id", "name", "integration", "entity", "role", "created"], "properties": { "id": { "description": "Internal id (oauthtoken.id). Unique.", "$ref": "#/$defs/internalId" }, "name": { "description": "Token name (tba_token_name); names need not be unique.", "$ref": "#/$defs/name" }, "integration": { "description": "Id of the integration record the token belongs to (tba_app_name).", "$ref": "#/$defs/internalId" }, "entity": { "description": "Id of the user the token logs in as (entity_name).", "$ref": "#/$defs/internalId" }, "role": { "description": "Id of the role the token logs in with (role_name).", "$ref": "#/$defs/internalId" }, "created": { "description": "When the token was created (dcreated).", "$ref": "#/$defs/instant" }, "createdBy": { "description": "Id of the entity that created the token (createdby); defaults to the token's own entity.", "$ref": "#/$defs/internalId" }, "inactive": { "description": "The Inactive checkbox (binactive). Reversible.", "type": "boolean", "default": false }, "revoked": { "description": "Whether the token is revoked (brevoked). Terminal; needs revokedAt.", "type": "boolean", "default": false }, "revokedAt": { "description": "When the token was revoked (drevoked); only with revoked: true.", "$ref": "#/$defs/instant" }, "tokenId": { "description": "The token key (the oauth_token value). Omit it, and tokenSecret, for a token whose secrets nobody holds. Unique.", "$ref": "#/$defs/secret" }, "tokenSecret": { "description": "The token secret (fake); given together with tokenId.", "$ref": "#/$defs/secret" } }, "dependentRequired": { "tokenId": ["tokenSecret"], "tokenSecret": ["tokenId"], "revokedAt": ["revoked"] }, "if": { "properties": { "revoked": { "const": true } }, "required": ["revoked"] }, "then": { "required": ["revokedAt"] } }, "loginAuditRow": { "description": "One Login Audit Trail row. Application and token are names, as NetSuite recorded them at login time.", "type": "object", "additionalProperties": false, "required": ["date", "status"], "properties": { "date": { "description": "When the login happened.", "$ref": "#/$defs/instant" }, "status": { "description": "Success or Failure; failed logins do not count as use.", "enum": ["Success", "Failure"] }, "application": { "description": "Token-based Application Name (oauthappname).", "$ref": "#/$defs/name" }, "token": { "description": "Token-based Access Token Name (oauthaccesstokenname).", "$ref": "#/$defs/name" }, "user": { "description": "Id of the entity that logged in.", "$ref": "#/$defs/internalId" }, "role": { "description": "Id of the role used.", "$ref": "#/$defs/internalId" }, "emailAddress": { "description": "Email address column.", "type": "string", "maxLength": 254 }, "ipAddress": { "description": "IP address column.", "type": "string", "maxLength": 64 }, "requestUri": { "description": "Request URI column.", "type": "string", "maxLength": 2e3 }, "detail": { "description": "Detail column: the failure reason code, such as InvalidSignature.", "type": "string", "maxLength": 300 }, "secChallenge": { "description": "Security challenge column.", "type": "string", "maxLength": 300 }, "userAgent": { "description": "User agent column.", "type": "string", "maxLength": 500 } } }, "days": { "description": "A number of days, such as 45d.", "type": "string", "pattern": "^[0-9]{1,5}d$" }, "pem": { "description": "PEM text: -----BEGIN ...----- then base64 lines, then -----END ...-----.", "type": "string", "pattern": "^\\s*-----BEGIN [A-Z0-9 ]+-----", "maxLength": 2e4 }, "mapping": { "description": "One M2M mapping: an integration record signing in as an entity with a role, and its certificates (at most five active per integration record).", "type": "object", "additionalProperties": false, "required": ["name", "integration", "entity", "role", "certificates"], "properties": { "name": { "description": "A handle for tests and the demo, unique in the seed: lower-case letters, digits and dashes, such as expense-sync. Not a NetSuite field.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" }, "integration": { "description": "Id of the integration record (the application).", "$ref": "#/$defs/internalId" }, "entity": { "description": "Id of the entity (user) the mapping signs in as.", "$ref": "#/$defs/internalId" }, "role": { "description": "Id of the role the mapping signs in with.", "$ref": "#/$defs/internalId" }, "certificates": { "description": "The certificates uploaded for this mapping, oldest first.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/certificate" } } } }, "certificate": { "description": "A certificate of a mapping: generate (a key made when the emulator starts) or certificatePem (given), not both.", "type": "object", "additionalProperties": false, "properties": { "generate": { "description": "Make a key and a certificate of this kind when the emulator starts; tests and the demo get the private key from RunningEmulator.m2mCredentials.", "enum": ["ec-p256", "ec-p384", "ec-p521", "rsa-3072", "rsa-4096"] }, "validFrom": { "description": "With generate and validUntil: the start of validity (default: 365 days before validUntil).", "$ref": "#/$defs/instant" }, "validUntil": { "description": "With generate: the end of validity, as an instant.", "$ref": "#/$defs/instant" }, "expiresIn": { "description": "With generate: the end of validity, this many days after the emulator starts (default 365d).", "$ref": "#/$defs/days" }, "validity": { "description": "With generate and expiresIn: how long the certificate is valid in all (default 365d).", "$ref": "#/$defs/days" }, "certificatePem": { "description": "The X.509 certificate as PEM (public): RSA 3072/4096 or EC P-256/P-384/P-521, as NetSuite accepts.", "$ref": "#/$defs/pem" }, "privateKeyPem": { "description": "With certificatePem: its private key as PKCS#8 PEM, a fake for tests. Omit it for a certificate whose key nobody here holds.", "$ref": "#/$defs/pem" }, "created": { "description": "When the certificate was uploaded; defaults to the start of its validity.", "$ref": "#/$defs/instant" }, "revoked": { "description": "Whether the certificate is revoked. Terminal.", "type": "boolean", "default": false }, "revokedAt": { "description": "When it was revoked; only with revoked: true (default: when the emulator starts).", "$ref": "#/$defs/instant" } }, "dependentRequired": { "privateKeyPem": ["certificatePem"], "validFrom": ["validUntil"], "validity": ["expiresIn"], "revokedAt": ["revoked"] } } } };
    pattern42 = new RegExp("^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$", "u");
    schema323 = { "description": "An integration record with its consumer key and secret.", "type": "object", "additionalProperties": false, "required": ["id", "name", "consumerKey", "consumerSecret", "state"], "properties": { "id": { "description": "Internal id of the integration record; tokens refer to it.", "$ref": "#/$defs/internalId" }, "name": { "description": "Application name, what BUILTIN.DF(tba_app_name) shows.", "$ref": "#/$defs/name" }, "consumerKey": { "description": "The consumer key requests sign with, which is also the OAuth 2.0 client ID (NetSuite shows one value, Consumer Key / Client ID): the iss of client assertions and the <clientId> of the certificates API. Unique across integrations.", "$ref": "#/$defs/secret" }, "consumerSecret": { "description": "The consumer secret (fake).", "$ref": "#/$defs/secret" }, "state": { "description": "enabled: its tokens authenticate. blocked: every request is refused with consumer_key_refused, reversibly.", "enum": ["enabled", "blocked"] }, "applicationId": { "description": "The record's Application ID, a UUID such as 4E2F0C6B-93A1-4C57-A8D9-0B7F2E61C3A5; derived from the account and id when omitted.", "type": "string", "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$" }, "grants": { "description": "The authentication boxes checked on the record: tba (Token-based Authentication) and client-credentials (Client Credentials (Machine to Machine) Grant). Each at most once. Default: [tba].", "type": "array", "items": { "enum": ["tba", "client-credentials"] }, "default": ["tba"] } } };
    schema333 = { "description": "A NetSuite internal id: a positive whole number, written as digits (quoted or not).", "type": ["string", "integer"], "pattern": "^[1-9][0-9]{0,14}$", "minimum": 1, "maximum": 999999999999999 };
    schema343 = { "description": "A display name as NetSuite shows it.", "type": "string", "minLength": 1, "maxLength": 300 };
    schema352 = { "description": "A fake credential for the emulator: 16 to 128 characters from letters, digits, - and _. Never a real NetSuite secret.", "type": "string", "pattern": "^[A-Za-z0-9_-]{16,128}$" };
    pattern52 = new RegExp("^[1-9][0-9]{0,14}$", "u");
    pattern62 = new RegExp("^[A-Za-z0-9_-]{16,128}$", "u");
    pattern8 = new RegExp("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "u");
    func15 = ajvRuntime05;
    validate213.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema37 = { "description": "A user (employee) record.", "type": "object", "additionalProperties": false, "required": ["id", "name"], "properties": { "id": { "description": "Internal id of the entity; tokens and login rows refer to it.", "$ref": "#/$defs/internalId" }, "name": { "description": "What BUILTIN.DF(entity_name) shows.", "$ref": "#/$defs/name" }, "email": { "description": "The user's email address.", "type": "string", "maxLength": 254 } } };
    validate232.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema402 = { "description": "A role record.", "type": "object", "additionalProperties": false, "required": ["id", "name"], "properties": { "id": { "description": "Internal id of the role; tokens and login rows refer to it.", "$ref": "#/$defs/internalId" }, "name": { "description": "What BUILTIN.DF(role_name) shows.", "$ref": "#/$defs/name" }, "permissions": { "description": "Permission ids of the role, each at most once. The emulator checks ADMI_LOGIN_OAUTH2 (Log in using OAuth 2.0 Access Tokens) at the M2M token endpoint and ADMI_MANAGE_OWN_OAUTH2_CERTS (Manage own OAuth 2.0 Client Credentials certificates) on the certificates API; the others only describe the role.", "type": "array", "items": { "enum": ["ADMI_LOGIN_OAUTH2", "ADMI_MANAGE_OWN_OAUTH2_CERTS", "ADMI_MANAGE_OAUTH2", "ADMI_RESTWEBSERVICES", "ADMI_AUDITLOGIN", "ADMI_MANAGE_OAUTH_TOKENS", "ADMI_MANAGE_OWN_OAUTH_TOKENS", "ADMI_WEBSERVICES", "ADMI_INTEGRAPP", "LIST_INTEGRAPP"] } } } };
    validate253.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema433 = { "description": "A TBA access token: one row of oauthtoken.", "type": "object", "additionalProperties": false, "required": ["id", "name", "integration", "entity", "role", "created"], "properties": { "id": { "description": "Internal id (oauthtoken.id). Unique.", "$ref": "#/$defs/internalId" }, "name": { "description": "Token name (tba_token_name); names need not be unique.", "$ref": "#/$defs/name" }, "integration": { "description": "Id of the integration record the token belongs to (tba_app_name).", "$ref": "#/$defs/internalId" }, "entity": { "description": "Id of the user the token logs in as (entity_name).", "$ref": "#/$defs/internalId" }, "role": { "description": "Id of the role the token logs in with (role_name).", "$ref": "#/$defs/internalId" }, "created": { "description": "When the token was created (dcreated).", "$ref": "#/$defs/instant" }, "createdBy": { "description": "Id of the entity that created the token (createdby); defaults to the token's own entity.", "$ref": "#/$defs/internalId" }, "inactive": { "description": "The Inactive checkbox (binactive). Reversible.", "type": "boolean", "default": false }, "revoked": { "description": "Whether the token is revoked (brevoked). Terminal; needs revokedAt.", "type": "boolean", "default": false }, "revokedAt": { "description": "When the token was revoked (drevoked); only with revoked: true.", "$ref": "#/$defs/instant" }, "tokenId": { "description": "The token key (the oauth_token value). Omit it, and tokenSecret, for a token whose secrets nobody holds. Unique.", "$ref": "#/$defs/secret" }, "tokenSecret": { "description": "The token secret (fake); given together with tokenId.", "$ref": "#/$defs/secret" } }, "dependentRequired": { "tokenId": ["tokenSecret"], "tokenSecret": ["tokenId"], "revokedAt": ["revoked"] }, "if": { "properties": { "revoked": { "const": true } }, "required": ["revoked"] }, "then": { "required": ["revokedAt"] } };
    schema49 = { "description": "An ISO-8601 instant with a time zone, such as 2026-11-01T09:30:00Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" };
    func8 = Object.prototype.hasOwnProperty;
    pattern15 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "u");
    validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema542 = { "description": "One Login Audit Trail row. Application and token are names, as NetSuite recorded them at login time.", "type": "object", "additionalProperties": false, "required": ["date", "status"], "properties": { "date": { "description": "When the login happened.", "$ref": "#/$defs/instant" }, "status": { "description": "Success or Failure; failed logins do not count as use.", "enum": ["Success", "Failure"] }, "application": { "description": "Token-based Application Name (oauthappname).", "$ref": "#/$defs/name" }, "token": { "description": "Token-based Access Token Name (oauthaccesstokenname).", "$ref": "#/$defs/name" }, "user": { "description": "Id of the entity that logged in.", "$ref": "#/$defs/internalId" }, "role": { "description": "Id of the role used.", "$ref": "#/$defs/internalId" }, "emailAddress": { "description": "Email address column.", "type": "string", "maxLength": 254 }, "ipAddress": { "description": "IP address column.", "type": "string", "maxLength": 64 }, "requestUri": { "description": "Request URI column.", "type": "string", "maxLength": 2e3 }, "detail": { "description": "Detail column: the failure reason code, such as InvalidSignature.", "type": "string", "maxLength": 300 }, "secChallenge": { "description": "Security challenge column.", "type": "string", "maxLength": 300 }, "userAgent": { "description": "User agent column.", "type": "string", "maxLength": 500 } } };
    validate292.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema60 = { "description": "One M2M mapping: an integration record signing in as an entity with a role, and its certificates (at most five active per integration record).", "type": "object", "additionalProperties": false, "required": ["name", "integration", "entity", "role", "certificates"], "properties": { "name": { "description": "A handle for tests and the demo, unique in the seed: lower-case letters, digits and dashes, such as expense-sync. Not a NetSuite field.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" }, "integration": { "description": "Id of the integration record (the application).", "$ref": "#/$defs/internalId" }, "entity": { "description": "Id of the entity (user) the mapping signs in as.", "$ref": "#/$defs/internalId" }, "role": { "description": "Id of the role the mapping signs in with.", "$ref": "#/$defs/internalId" }, "certificates": { "description": "The certificates uploaded for this mapping, oldest first.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/certificate" } } } };
    pattern23 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u");
    schema64 = { "description": "A certificate of a mapping: generate (a key made when the emulator starts) or certificatePem (given), not both.", "type": "object", "additionalProperties": false, "properties": { "generate": { "description": "Make a key and a certificate of this kind when the emulator starts; tests and the demo get the private key from RunningEmulator.m2mCredentials.", "enum": ["ec-p256", "ec-p384", "ec-p521", "rsa-3072", "rsa-4096"] }, "validFrom": { "description": "With generate and validUntil: the start of validity (default: 365 days before validUntil).", "$ref": "#/$defs/instant" }, "validUntil": { "description": "With generate: the end of validity, as an instant.", "$ref": "#/$defs/instant" }, "expiresIn": { "description": "With generate: the end of validity, this many days after the emulator starts (default 365d).", "$ref": "#/$defs/days" }, "validity": { "description": "With generate and expiresIn: how long the certificate is valid in all (default 365d).", "$ref": "#/$defs/days" }, "certificatePem": { "description": "The X.509 certificate as PEM (public): RSA 3072/4096 or EC P-256/P-384/P-521, as NetSuite accepts.", "$ref": "#/$defs/pem" }, "privateKeyPem": { "description": "With certificatePem: its private key as PKCS#8 PEM, a fake for tests. Omit it for a certificate whose key nobody here holds.", "$ref": "#/$defs/pem" }, "created": { "description": "When the certificate was uploaded; defaults to the start of its validity.", "$ref": "#/$defs/instant" }, "revoked": { "description": "Whether the certificate is revoked. Terminal.", "type": "boolean", "default": false }, "revokedAt": { "description": "When it was revoked; only with revoked: true (default: when the emulator starts).", "$ref": "#/$defs/instant" } }, "dependentRequired": { "privateKeyPem": ["certificatePem"], "validFrom": ["validUntil"], "validity": ["expiresIn"], "revokedAt": ["revoked"] } };
    schema67 = { "description": "A number of days, such as 45d.", "type": "string", "pattern": "^[0-9]{1,5}d$" };
    schema69 = { "description": "PEM text: -----BEGIN ...----- then base64 lines, then -----END ...-----.", "type": "string", "pattern": "^\\s*-----BEGIN [A-Z0-9 ]+-----", "maxLength": 2e4 };
    pattern292 = new RegExp("^[0-9]{1,5}d$", "u");
    pattern31 = new RegExp("^\\s*-----BEGIN [A-Z0-9 ]+-----", "u");
    validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate312.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate205.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// src/schemas/generated/emulator-login-audit-row.validator.js
var emulator_login_audit_row_validator_exports = {};
__export(emulator_login_audit_row_validator_exports, {
  default: () => emulator_login_audit_row_validator_default,
  validate: () => validate6
});
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.date === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema543.required, parentSchema: schema543, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema543.required, parentSchema: schema543, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func82.call(schema543.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema543, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data0 = data.date;
      if (typeof data0 === "string") {
        if (!pattern152.test(data0)) {
          const err3 = { instancePath: instancePath + "/date", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema492, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/date", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.type, parentSchema: schema492, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      if (!(data1 === "Success" || data1 === "Failure")) {
        const err5 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema543.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema543.properties.status.enum, parentSchema: schema543.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.application !== void 0) {
      let data2 = data.application;
      if (typeof data2 === "string") {
        if (func16(data2) > 300) {
          const err6 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema344, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func16(data2) < 1) {
          const err7 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema344, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema344.type, parentSchema: schema344, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.token !== void 0) {
      let data3 = data.token;
      if (typeof data3 === "string") {
        if (func16(data3) > 300) {
          const err9 = { instancePath: instancePath + "/token", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema344, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func16(data3) < 1) {
          const err10 = { instancePath: instancePath + "/token", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema344, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/token", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema344.type, parentSchema: schema344, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data4 = data.user;
      if (typeof data4 !== "string" && !(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err12 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema334.type }, message: "must be string,integer", schema: schema334.type, parentSchema: schema334, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 999999999999999 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema334, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema334, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (typeof data4 === "string") {
        if (!pattern53.test(data4)) {
          const err15 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema334, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.role !== void 0) {
      let data5 = data.role;
      if (typeof data5 !== "string" && !(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err16 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/type", keyword: "type", params: { type: schema334.type }, message: "must be string,integer", schema: schema334.type, parentSchema: schema334, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 999999999999999 || isNaN(data5)) {
          const err17 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999999999 }, message: "must be <= 999999999999999", schema: 999999999999999, parentSchema: schema334, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err18 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema334, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (typeof data5 === "string") {
        if (!pattern53.test(data5)) {
          const err19 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/internalId/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[1-9][0-9]{0,14}$"', schema: "^[1-9][0-9]{0,14}$", parentSchema: schema334, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.emailAddress !== void 0) {
      let data6 = data.emailAddress;
      if (typeof data6 === "string") {
        if (func16(data6) > 254) {
          const err20 = { instancePath: instancePath + "/emailAddress", schemaPath: "#/properties/emailAddress/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters", schema: 254, parentSchema: schema543.properties.emailAddress, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/emailAddress", schemaPath: "#/properties/emailAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema543.properties.emailAddress.type, parentSchema: schema543.properties.emailAddress, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.ipAddress !== void 0) {
      let data7 = data.ipAddress;
      if (typeof data7 === "string") {
        if (func16(data7) > 64) {
          const err22 = { instancePath: instancePath + "/ipAddress", schemaPath: "#/properties/ipAddress/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema543.properties.ipAddress, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/ipAddress", schemaPath: "#/properties/ipAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema543.properties.ipAddress.type, parentSchema: schema543.properties.ipAddress, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.requestUri !== void 0) {
      let data8 = data.requestUri;
      if (typeof data8 === "string") {
        if (func16(data8) > 2e3) {
          const err24 = { instancePath: instancePath + "/requestUri", schemaPath: "#/properties/requestUri/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema543.properties.requestUri, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/requestUri", schemaPath: "#/properties/requestUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema543.properties.requestUri.type, parentSchema: schema543.properties.requestUri, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.detail !== void 0) {
      let data9 = data.detail;
      if (typeof data9 === "string") {
        if (func16(data9) > 300) {
          const err26 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema543.properties.detail, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema543.properties.detail.type, parentSchema: schema543.properties.detail, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.secChallenge !== void 0) {
      let data10 = data.secChallenge;
      if (typeof data10 === "string") {
        if (func16(data10) > 300) {
          const err28 = { instancePath: instancePath + "/secChallenge", schemaPath: "#/properties/secChallenge/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema543.properties.secChallenge, data: data10 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/secChallenge", schemaPath: "#/properties/secChallenge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema543.properties.secChallenge.type, parentSchema: schema543.properties.secChallenge, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.userAgent !== void 0) {
      let data11 = data.userAgent;
      if (typeof data11 === "string") {
        if (func16(data11) > 500) {
          const err30 = { instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema543.properties.userAgent, data: data11 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema543.properties.userAgent.type, parentSchema: schema543.properties.userAgent, data: data11 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema543.type, parentSchema: schema543, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var ajvRuntime06, validate6, emulator_login_audit_row_validator_default, schema543, schema492, schema344, schema334, func82, func16, pattern152, pattern53;
var init_emulator_login_audit_row_validator = __esm({
  "src/schemas/generated/emulator-login-audit-row.validator.js"() {
    "use strict";
    ajvRuntime06 = function ucs2length6(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    };
    validate6 = validate35;
    emulator_login_audit_row_validator_default = validate35;
    schema543 = { "description": "One Login Audit Trail row. Application and token are names, as NetSuite recorded them at login time.", "type": "object", "additionalProperties": false, "required": ["date", "status"], "properties": { "date": { "description": "When the login happened.", "$ref": "#/$defs/instant" }, "status": { "description": "Success or Failure; failed logins do not count as use.", "enum": ["Success", "Failure"] }, "application": { "description": "Token-based Application Name (oauthappname).", "$ref": "#/$defs/name" }, "token": { "description": "Token-based Access Token Name (oauthaccesstokenname).", "$ref": "#/$defs/name" }, "user": { "description": "Id of the entity that logged in.", "$ref": "#/$defs/internalId" }, "role": { "description": "Id of the role used.", "$ref": "#/$defs/internalId" }, "emailAddress": { "description": "Email address column.", "type": "string", "maxLength": 254 }, "ipAddress": { "description": "IP address column.", "type": "string", "maxLength": 64 }, "requestUri": { "description": "Request URI column.", "type": "string", "maxLength": 2e3 }, "detail": { "description": "Detail column: the failure reason code, such as InvalidSignature.", "type": "string", "maxLength": 300 }, "secChallenge": { "description": "Security challenge column.", "type": "string", "maxLength": 300 }, "userAgent": { "description": "User agent column.", "type": "string", "maxLength": 500 } } };
    schema492 = { "description": "An ISO-8601 instant with a time zone, such as 2026-11-01T09:30:00Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" };
    schema344 = { "description": "A display name as NetSuite shows it.", "type": "string", "minLength": 1, "maxLength": 300 };
    schema334 = { "description": "A NetSuite internal id: a positive whole number, written as digits (quoted or not).", "type": ["string", "integer"], "pattern": "^[1-9][0-9]{0,14}$", "minimum": 1, "maximum": 999999999999999 };
    func82 = Object.prototype.hasOwnProperty;
    func16 = ajvRuntime06;
    pattern152 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "u");
    pattern53 = new RegExp("^[1-9][0-9]{0,14}$", "u");
    validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// src/emulator/index.ts
import initSqlJs from "sql.js";

// src/emulator/access-tokens.ts
import { generateKeyPair, randomUUID, sign } from "node:crypto";
import { promisify } from "node:util";
var generateKeyPairAsync = promisify(generateKeyPair);

// src/emulator/suiteql-errors.ts
var SEARCH_ERROR_PREFIX = "Search error occurred:";
var INVALID_SEARCH = `${SEARCH_ERROR_PREFIX} Invalid or unsupported search.`;

// src/emulator/suiteql-dialect.ts
var DISPLAY_NAME_TABLE = "emulator_display_name";

// src/emulator/account-store.ts
var SCHEMA = `
CREATE TABLE integration (id INTEGER PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL);
CREATE TABLE entity (id INTEGER PRIMARY KEY, entityid TEXT NOT NULL, email TEXT);
CREATE TABLE role (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE oauthtoken (
  id INTEGER PRIMARY KEY, tba_token_name TEXT NOT NULL, tba_app_name INTEGER, entity_name INTEGER,
  role_name INTEGER, createdby INTEGER, dcreated REAL, binactive TEXT NOT NULL, brevoked TEXT NOT NULL, drevoked REAL);
CREATE TABLE loginaudit (
  date REAL NOT NULL, status TEXT NOT NULL, oauthappname TEXT, oauthaccesstokenname TEXT, user INTEGER,
  role INTEGER, emailaddress TEXT, ipaddress TEXT, requesturi TEXT, detail TEXT, secchallenge TEXT, useragent TEXT);
CREATE TABLE ${DISPLAY_NAME_TABLE} (kind TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;
`;

// src/emulator/prng.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function randomInt(random, bound) {
  return Math.floor(random() * bound);
}
function randomHex(random, bytes) {
  let hex = "";
  while (hex.length < bytes * 2) hex += randomInt(random, 4294967296).toString(16).padStart(8, "0");
  return hex.slice(0, bytes * 2);
}

// src/emulator/seed-certificates.ts
import { generateKeyPair as generateKeyPair2 } from "node:crypto";
import { promisify as promisify2 } from "node:util";
var generateKeyPairAsync2 = promisify2(generateKeyPair2);

// src/schemas/validators.ts
var SCHEMA_FILES = {
  "netsuite-tokens": "schemas/netsuite-tokens.schema.json",
  status: "schemas/status.schema.json",
  plan: "schemas/plan.schema.json",
  "plan-v1": "schemas/plan-v1.schema.json",
  "emulator-seed": "schemas/emulator-seed.schema.json",
  "emulator-login-audit-row": "schemas/emulator-seed.schema.json"
};
var MODULES = {
  "netsuite-tokens": () => Promise.resolve().then(() => (init_netsuite_tokens_validator(), netsuite_tokens_validator_exports)),
  status: () => Promise.resolve().then(() => (init_status_validator(), status_validator_exports)),
  plan: () => Promise.resolve().then(() => (init_plan_validator(), plan_validator_exports)),
  "plan-v1": () => Promise.resolve().then(() => (init_plan_v1_validator(), plan_v1_validator_exports)),
  "emulator-seed": () => Promise.resolve().then(() => (init_emulator_seed_validator(), emulator_seed_validator_exports)),
  "emulator-login-audit-row": () => Promise.resolve().then(() => (init_emulator_login_audit_row_validator(), emulator_login_audit_row_validator_exports))
};
async function loadValidator(name) {
  const validate7 = (await MODULES[name]()).default;
  return (data) => validate7(data) ? { valid: true, value: data } : { valid: false, errors: [...validate7.errors ?? []] };
}

// src/config/json-pointer.ts
function toJsonPointer(path) {
  return path.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
function fromJsonPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~")).map((segment) => /^(?:0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment);
}

// src/emulator/seed-validation.ts
var SEED_SCHEMA_FILE = SCHEMA_FILES["emulator-seed"];
var checkSeed = await loadValidator("emulator-seed");
var checkLoginRow = await loadValidator("emulator-login-audit-row");

// src/emulator/netsuite-api.ts
var MAX_BODY_BYTES = 1024 * 1024;

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text2;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text2.length <= endStep)
    return text2;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text2, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text2[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text2[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text2, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text2[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text2[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text2;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text2;
  if (onFold)
    onFold();
  let res = text2.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text2.length;
    if (fold === 0)
      res = `
${indent}${text2.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text2[fold]}\\`;
      res += `
${indent}${text2.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text2, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text2[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text2[++i];
    } else {
      do {
        ch = text2[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text2[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str += "\\x" + code.substr(2);
                else
                  str += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
    if (i < items.length - 1) {
      str += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str += ",";
      }
    }
    if (comment)
      str += lineComment(str, itemIndent, commentString(comment));
    lines.push(str);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = start;
      for (const line of lines)
        str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node.minFractionDigits = str.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i)
        buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str, offset, radix, { intAsBigInt }) {
  const sign2 = str[0];
  if (sign2 === "-" || sign2 === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign2 === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign2 === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set3 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set3.items.push(createPair(value, null, ctx));
      }
    return set3;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set2 = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
  const sign2 = str[0];
  const parts = sign2 === "-" || sign2 === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign2 === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign2 = "";
  if (value < 0) {
    sign2 = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign2 + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str) {
    const match = str.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set2,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set: set2,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set2,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment)
            sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (const st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) {
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}

// src/config/yaml-source.ts
var YamlSource = class {
  constructor(file, document, lineCounter) {
    this.file = file;
    this.document = document;
    this.lineCounter = lineCounter;
  }
  file;
  document;
  lineCounter;
  /** Pairs of each mapping by key, built on first lookup: a file with many problems must not cost n² lookups. */
  pairsByKey = /* @__PURE__ */ new WeakMap();
  positionOfOffset(offset) {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
  /** Where a path is written; a path that does not exist points at its closest existing ancestor. */
  positionOf(path, at = "value") {
    const node = this.nodeAt(path, at);
    const offset = node?.range?.[0] ?? this.document.contents?.range[0] ?? 0;
    return this.positionOfOffset(offset);
  }
  /** File, line, column and JSON pointer of a path. */
  sourceOf(path, at = "value") {
    return { file: this.file, ...this.positionOf(path, at), pointer: toJsonPointer(path) };
  }
  locate(problem) {
    return { ...this.sourceOf(problem.path, problem.at), message: problem.message };
  }
  nodeAt(path, at) {
    let node = this.document.contents;
    for (const [index, segment] of path.entries()) {
      const resolved = this.resolveAlias(node);
      const pair = isMap(resolved) ? this.pairOf(resolved, segment) : null;
      const next = pair !== null ? index === path.length - 1 && at === "key" ? asNode(pair.key) : asNode(pair.value) ?? asNode(pair.key) : isSeq(resolved) && typeof segment === "number" ? asNode(resolved.items[segment]) : null;
      if (next === null) return node;
      node = next;
    }
    return node;
  }
  pairOf(map2, segment) {
    let pairs2 = this.pairsByKey.get(map2);
    if (pairs2 === void 0) {
      pairs2 = new Map(map2.items.flatMap((pair) => isScalar(pair.key) ? [[String(pair.key.value), pair]] : []));
      this.pairsByKey.set(map2, pairs2);
    }
    return pairs2.get(String(segment)) ?? null;
  }
  resolveAlias(node) {
    return isAlias(node) ? node.resolve(this.document) ?? null : node;
  }
};
function asNode(value) {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value) ? value : null;
}

// src/emulator/seed-loader.ts
var HINT = `Its format is ${SEED_SCHEMA_FILE} (see examples/demo-seed.yaml).`;

// src/emulator/seed-generator.ts
var DEFAULT_NOW = /* @__PURE__ */ new Date("2026-11-01T00:00:00Z");
var DAY_MS = 864e5;
var APPLICATIONS = ["Token GitOps", "DATABASICS", "Celigo integrator.io", "Salesforce Connector", "Shopify Orders", "Tableau Reporting", "Boomi", "Workato", "Avalara AvaTax", "Coupa"];
var ROLES = ["Administrator", "Integration Read Only", "Integration Full Access", "BI Read Only", "Finance Sync", "Order Sync"];
function generateSeed(options) {
  const random = seededRandom(options.seed);
  const now = (options.now ?? DEFAULT_NOW).getTime();
  const instant = (msBeforeNow) => new Date(now - msBeforeNow).toISOString().replace(/\.\d{3}Z$/, "Z");
  const integrations = APPLICATIONS.map((name, index) => ({
    id: String(index + 1),
    name,
    consumerKey: randomHex(random, 32),
    consumerSecret: randomHex(random, 32),
    state: "enabled"
  }));
  const entityCount = Math.max(1, Math.ceil(options.tokens / 10));
  const entities = Array.from({ length: entityCount }, (_, index) => ({ id: String(index + 1), name: `svc-user-${String(index + 1).padStart(6, "0")}` }));
  const roles = ROLES.map((name, index) => ({ id: String(index + 1), name }));
  const tokens = [];
  for (let index = 0; index < options.tokens; index += 1) {
    const integration = integrations[randomInt(random, integrations.length)] ?? integrations[0];
    const entity = entities[index % entityCount] ?? entities[0];
    const role = roles[randomInt(random, roles.length)] ?? roles[0];
    if (integration === void 0 || entity === void 0 || role === void 0) break;
    const ageMs = randomInt(random, 3 * 365) * DAY_MS + randomInt(random, DAY_MS);
    const draw = random();
    const revoked = draw < 0.1;
    tokens.push({
      id: String(index + 1),
      // A number keeps generated names unique; NetSuite itself does not require it.
      name: `${integration.name} - ${entity.name} - ${role.name} #${index + 1}`,
      integration: integration.id,
      entity: entity.id,
      role: role.id,
      created: instant(ageMs),
      inactive: draw >= 0.1 && draw < 0.2,
      revoked,
      ...revoked ? { revokedAt: instant(Math.floor(ageMs * random())) } : {},
      tokenId: randomHex(random, 32),
      tokenSecret: randomHex(random, 32)
    });
  }
  const loginAudit = [];
  for (let index = 0; index < options.loginRows && tokens.length > 0; index += 1) {
    const token = tokens[randomInt(random, tokens.length)];
    if (token === void 0) break;
    loginAudit.push({
      date: instant(randomInt(random, 200 * DAY_MS)),
      status: random() < 0.1 ? "Failure" : "Success",
      application: integrations.find((integration) => integration.id === token.integration)?.name ?? "unknown",
      token: token.name,
      user: token.entity,
      role: token.role,
      requestUri: "/services/rest/query/v1/suiteql"
    });
  }
  const seed = { account: options.account ?? "1234567", integrations, entities, roles, tokens, loginAudit };
  return (options.mappings ?? 0) > 0 ? withMappings(seed, options.mappings ?? 0, random) : seed;
}
var MAPPINGS_PER_INTEGRATION = 4;
function withMappings(seed, count, random) {
  const role = { id: String(seed.roles.length + 1), name: "M2M Integration", permissions: ["ADMI_LOGIN_OAUTH2", "ADMI_RESTWEBSERVICES", "ADMI_MANAGE_OWN_OAUTH2_CERTS"] };
  const integrations = Array.from({ length: Math.ceil(count / MAPPINGS_PER_INTEGRATION) }, (_, index) => ({
    id: String(seed.integrations.length + index + 1),
    name: `M2M App ${String(index + 1).padStart(4, "0")}`,
    consumerKey: randomHex(random, 32),
    consumerSecret: randomHex(random, 32),
    state: "enabled",
    grants: ["client-credentials"]
  }));
  const entities = Array.from({ length: count }, (_, index) => ({ id: String(seed.entities.length + index + 1), name: `svc-m2m-${String(index + 1).padStart(6, "0")}` }));
  const mappings = entities.map((entity, index) => ({
    name: `m2m-${String(index + 1).padStart(6, "0")}`,
    integration: integrations[Math.floor(index / MAPPINGS_PER_INTEGRATION)]?.id ?? "1",
    entity: entity.id,
    role: role.id,
    certificates: [{ generate: "ec-p256", expiresIn: `${30 + randomInt(random, 700)}d`, validity: "730d" }]
  }));
  return { ...seed, integrations: [...seed.integrations, ...integrations], entities: [...seed.entities, ...entities], roles: [...seed.roles, role], mappings };
}

// bench/desired-file.ts
function desiredStateFile(seed, options) {
  const names = (records) => new Map(records.map((record) => [record.id, record.name]));
  const applications = names(seed.integrations);
  const users = names(seed.entities);
  const roles = names(seed.roles);
  const lines = ["version: 1", `account: "${seed.account}"`, "policy:", "  unmanaged: report", "  maxAge: 365d", "  unusedFor: 90d", "  maxChangesPerRun: 10", "tokens:"];
  for (const [index, token] of seed.tokens.entries()) {
    lines.push(
      `  - id: "${token.id}"`,
      `    name: ${JSON.stringify(token.name)}`,
      `    application: ${JSON.stringify(applications.get(token.integration) ?? "")}`,
      `    user: ${JSON.stringify(users.get(token.entity) ?? "")}`,
      `    role: ${JSON.stringify(roles.get(token.role) ?? "")}`,
      `    state: ${token.revoked === true ? "revoked" : token.inactive === true ? "inactive" : "active"}`,
      `    owner: "@acme/team-${index % 20}"`
    );
    if (index % 25 === 0) lines.push("    maxAge: 180d");
    if (options.credentialsEvery !== null && index % options.credentialsEvery === 0) {
      const prefix = `TOKEN_${token.id}`;
      lines.push("    credentials:", `      consumerKey: env:${prefix}_CONSUMER_KEY`, `      consumerSecret: env:${prefix}_CONSUMER_SECRET`, `      tokenId: env:${prefix}_TOKEN_ID`, `      tokenSecret: env:${prefix}_TOKEN_SECRET`);
    }
  }
  return `${lines.join("\n")}
`;
}

// src/config/describe-value.ts
var MAX_QUOTED_LENGTH = 60;
function quoteValue(value) {
  const shortened = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH - 1)}\u2026` : value;
  return JSON.stringify(shortened);
}
function describeValue(value) {
  if (value === null || value === void 0) return "empty";
  if (typeof value === "string") return `the text ${quoteValue(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `the ${typeof value === "number" ? "number" : "value"} ${String(value)}`;
  return Array.isArray(value) ? "a list" : "a mapping";
}
function describeKind(value) {
  if (value === null || value === void 0) return "empty";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true or false";
  return Array.isArray(value) ? "a list" : "a mapping";
}
function describeType(type) {
  const words = {
    string: "a string",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    object: "a mapping",
    array: "a list",
    null: "empty"
  };
  return words[type] ?? type;
}
function listOf(items, conjunction = "or") {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1) ?? ""}`;
}

// src/config/parse-yaml.ts
var MAX_ALIAS_EXPANSIONS = 100;
var DESIRED_STATE_SHAPE = {
  mapping: "a desired-state file is a mapping with version: 1, account and tokens (see examples/netsuite-tokens.yaml)",
  listHint: "put the entries under tokens:"
};
function parseYaml(text2, file, shape = DESIRED_STATE_SHAPE) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text2, { lineCounter, prettyErrors: false, uniqueKeys: false, stringKeys: true });
  const source = new YamlSource(file, document, lineCounter);
  const syntax = [...syntaxProblems(source), ...repeatedKeyProblems(source)];
  if (syntax.length > 0) return { ok: false, problems: byOffset(syntax) };
  const shapeProblem = topLevelShapeProblem(source, text2, shape);
  if (shapeProblem !== null) return { ok: false, problems: [shapeProblem] };
  const aliasProblems = unresolvedAliasProblems(source);
  if (aliasProblems.length > 0) return { ok: false, problems: aliasProblems };
  return toData(source);
}
function toData(source) {
  try {
    return { ok: true, source, data: source.document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { ok: false, problems: [aliasBombProblem(source)] };
  }
}
function problemAt(source, offset, message) {
  return { file: source.file, ...source.positionOfOffset(offset), pointer: "", message };
}
var SYNTAX_MESSAGES = {
  TAB_AS_INDENT: "A tab is used for indentation, but YAML indents with spaces only; replace the tab with spaces.",
  MULTIPLE_DOCS: "The file holds more than one YAML document (a --- separator); keep one account per file, or split them into files in a directory.",
  BLOCK_AS_IMPLICIT_KEY: 'A plain value contains ": ", which YAML reads as a nested mapping; put the value in quotes.',
  NON_STRING_KEY: "A key is a list or a mapping; keys in a desired-state file are plain names such as id or state.",
  RESOURCE_EXHAUSTION: "The YAML is nested too deeply to read; a desired-state file needs only a few levels of nesting."
};
function syntaxProblems(source) {
  const errors = [...source.document.errors, ...source.document.warnings];
  const firstTab = Math.min(...errors.filter((error) => error.code === "TAB_AS_INDENT").map((error) => error.pos[0]));
  return errors.filter((error) => error.code === "TAB_AS_INDENT" || error.pos[0] < firstTab).map((error) => {
    const [offset] = error.pos;
    const message = SYNTAX_MESSAGES[error.code] ?? `Invalid YAML: ${withoutFinalPeriod(error.message)}; correct the YAML at this position.`;
    return { offset, problem: problemAt(source, offset, message) };
  });
}
function withoutFinalPeriod(text2) {
  return text2.trim().replace(/\.$/, "");
}
function repeatedKeyProblems(source) {
  const problems = [];
  visit(source.document, {
    Map(_, map2) {
      const firstOffsetByName = /* @__PURE__ */ new Map();
      for (const { key } of map2.items) {
        if (!isScalar(key) || !key.range) continue;
        const name = String(key.value);
        const [offset] = key.range;
        const firstOffset = firstOffsetByName.get(name);
        if (firstOffset === void 0) {
          firstOffsetByName.set(name, offset);
          continue;
        }
        const message = `Key ${quoteValue(name)} is already set at line ${source.positionOfOffset(firstOffset).line} of this mapping; keep one of them.`;
        problems.push({ offset, problem: problemAt(source, offset, message) });
      }
    }
  });
  return problems;
}
function byOffset(problems) {
  return [...problems].sort((a, b) => a.offset - b.offset).map(({ problem }) => problem);
}
function topLevelShapeProblem(source, text2, shape) {
  const contents = source.document.contents;
  if (contents === null || isScalar(contents) && contents.value === null && contents.source === "") {
    return problemAt(source, 0, `${emptinessOf(text2)}; ${shape.mapping}.`);
  }
  if (isMap(contents)) return null;
  const start = contents.range[0];
  if (isSeq(contents)) return problemAt(source, start, `The file is a list, but ${shape.mapping}; ${shape.listHint}.`);
  return problemAt(source, start, `The file holds a single value, but ${shape.mapping}.`);
}
function emptinessOf(text2) {
  const lines = text2.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  if (lines.length === 0) return "The file is empty";
  if (lines.every((line) => line.startsWith("#"))) return "The file contains only comments";
  return "The file holds an empty YAML document";
}
function unresolvedAliasProblems(source) {
  const problems = [];
  visit(source.document, {
    Alias(_, alias) {
      if (alias.resolve(source.document) !== void 0) return;
      const message = `Alias *${alias.source} refers to no anchor; put &${alias.source} on an earlier value or write the value out.`;
      problems.push(problemAt(source, alias.range?.[0] ?? 0, message));
    }
  });
  return problems;
}
function aliasBombProblem(source) {
  let offset = 0;
  visit(source.document, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    }
  });
  return problemAt(source, offset, `The file expands YAML aliases more than ${MAX_ALIAS_EXPANSIONS} times, which is how an alias bomb exhausts memory; write the values out instead of aliasing them.`);
}

// src/config/read-config-text.ts
var MAX_CONFIG_BYTES = 10 * 1024 * 1024;

// src/config/did-you-mean.ts
function closestName(unknown, known) {
  const wanted = normalise(unknown);
  let best = null;
  for (const name of known) {
    const distance = editDistance(wanted, normalise(name));
    if (best === null || distance < best.distance) best = { name, distance };
  }
  if (best === null) return null;
  const tolerance = Math.max(1, Math.floor(Math.min(wanted.length, best.name.length) / 3));
  return best.distance <= tolerance ? best.name : null;
}
function normalise(name) {
  return name.toLowerCase().replaceAll(/[-_]/g, "");
}
function editDistance(a, b) {
  let beforePrevious = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// schemas/netsuite-tokens.schema.json
var netsuite_tokens_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://netsuite-token-gitops.dev/schemas/netsuite-tokens.schema.json",
  title: "NetSuite TBA access tokens: desired state",
  description: "The desired state of the Token-Based Authentication access tokens of one NetSuite account, read by netsuite-tokens (validate, plan, apply).",
  type: "object",
  additionalProperties: false,
  required: [
    "version",
    "account",
    "tokens"
  ],
  properties: {
    version: {
      description: "Format version of this file. Only 1 exists.",
      const: 1
    },
    account: {
      description: "NetSuite account id in realm form, as on Setup > Company > Company Information: 1234567, 1234567_SB1 (sandbox), 1234567_RP (release preview) or TSTDRV1234567 (test drive). Quote it so YAML keeps it a string.",
      $ref: "#/$defs/accountId"
    },
    operator: {
      description: "This account's own operator sign-in and endpoints (SPEC \xA714); without it the NETSUITE_* variables apply.",
      $ref: "#/$defs/operator"
    },
    policy: {
      description: "How the operator treats the account as a whole. Every field is optional and has a safe default.",
      $ref: "#/$defs/policy"
    },
    tokens: {
      description: "The access tokens this file manages, one entry per token. An empty list declares none.",
      type: "array",
      items: {
        $ref: "#/$defs/token"
      }
    },
    certificates: {
      description: "OAuth 2.0 client-credentials (M2M) certificate mappings, one entry per mapping (SPEC \xA711). NetSuite lists a mapping's certificates only to a token of that mapping, so give each its credentials.",
      type: "array",
      items: {
        $ref: "#/$defs/certificateMapping"
      }
    }
  },
  $defs: {
    accountId: {
      description: "A NetSuite account id in realm form (upper case, underscore).",
      type: "string",
      pattern: "^(?:[0-9]{1,10}(?:_(?:SB[0-9]{1,3}|RP))?|TSTDRV[0-9]{1,10})$"
    },
    duration: {
      description: "A whole number followed by h (hours), d (days) or w (weeks), such as 90d, 36h or 2w.",
      type: "string",
      pattern: "^[1-9][0-9]{0,5}[hdw]$"
    },
    internalId: {
      description: "A NetSuite internal id: digits, quoted so YAML keeps it a string.",
      type: "string",
      pattern: "^[1-9][0-9]{0,17}$"
    },
    owner: {
      description: "Who answers for the token: a GitHub team (@org/team) or user (@user).",
      type: "string",
      pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$"
    },
    envReference: {
      description: "A reference to an environment variable, env:NAME; never the secret value itself.",
      type: "string",
      pattern: "^env:[A-Z_][A-Z0-9_]*$"
    },
    displayName: {
      description: "A name as NetSuite displays it.",
      type: "string",
      minLength: 1
    },
    policy: {
      description: "Account-wide rules for undeclared tokens, rotation, unused tokens and the blast radius of one run.",
      type: "object",
      additionalProperties: false,
      properties: {
        unmanaged: {
          description: "What to do with tokens in the account that no entry declares: ignore them, report them (default), or plan to inactivate them. Undeclared tokens are never revoked automatically.",
          enum: [
            "ignore",
            "report",
            "inactivate"
          ]
        },
        maxAge: {
          description: "Rotation is due when a token is older than this, counted from its creation date. Unset: never.",
          $ref: "#/$defs/duration"
        },
        unusedFor: {
          description: "Flag a token that has had no successful login for this long. Unset: never.",
          $ref: "#/$defs/duration"
        },
        maxChangesPerRun: {
          description: "Blast-radius guard: apply refuses a run that would make more changes than this (default 10).",
          type: "integer",
          minimum: 0
        }
      }
    },
    token: {
      description: "One access token. It is identified by id when given, else by name narrowed by application, user and role.",
      type: "object",
      additionalProperties: false,
      required: [
        "state"
      ],
      anyOf: [
        {
          required: [
            "id"
          ]
        },
        {
          required: [
            "name"
          ]
        }
      ],
      properties: {
        id: {
          description: "NetSuite internal id of the token (the preferred identity; netsuite-tokens import prints it).",
          $ref: "#/$defs/internalId"
        },
        name: {
          description: "Token name as shown on Setup > Users/Roles > Access Tokens. Names are editable and not unique, so pin an id when you can.",
          $ref: "#/$defs/displayName"
        },
        application: {
          description: "Name of the integration record the token belongs to; narrows a match by name.",
          $ref: "#/$defs/displayName"
        },
        user: {
          description: "Name of the user (entity) the token belongs to; narrows a match by name.",
          $ref: "#/$defs/displayName"
        },
        role: {
          description: "Name of the role the token signs in with; narrows a match by name.",
          $ref: "#/$defs/displayName"
        },
        state: {
          description: "The state the token should be in. Revoked is terminal; inactive is reversible.",
          enum: [
            "active",
            "inactive",
            "revoked"
          ]
        },
        owner: {
          description: "Who answers for this token: a GitHub team (@org/team) or user (@user), shown in plans and the administrator checklist.",
          $ref: "#/$defs/owner"
        },
        protect: {
          description: "When true the operator never changes this token, whatever the file says later.",
          type: "boolean"
        },
        maxAge: {
          description: "Overrides policy.maxAge for this token.",
          $ref: "#/$defs/duration"
        },
        credentials: {
          description: "Where this token's credentials live, never the values: either env:NAME of a variable holding a TBA credentials bundle (JSON: kind netsuite-tba, version 1, accountId, consumerKey, consumerSecret, tokenId, tokenSecret), or four env:NAME references. With them the operator can revoke the token itself through rest/revoketoken.",
          if: {
            type: "string"
          },
          then: {
            $ref: "#/$defs/envReference"
          },
          else: {
            $ref: "#/$defs/credentials"
          }
        }
      }
    },
    credentials: {
      description: "Where the four values that sign a request as this token live: env:NAME references, never the values.",
      type: "object",
      additionalProperties: false,
      required: [
        "consumerKey",
        "consumerSecret",
        "tokenId",
        "tokenSecret"
      ],
      properties: {
        consumerKey: {
          description: "env:NAME of the variable holding the integration record's consumer key.",
          $ref: "#/$defs/envReference"
        },
        consumerSecret: {
          description: "env:NAME of the variable holding the integration record's consumer secret.",
          $ref: "#/$defs/envReference"
        },
        tokenId: {
          description: "env:NAME of the variable holding the token id (the token's public half).",
          $ref: "#/$defs/envReference"
        },
        tokenSecret: {
          description: "env:NAME of the variable holding the token secret.",
          $ref: "#/$defs/envReference"
        }
      }
    },
    origin: {
      description: "An origin only (scheme, host and port, no path), such as http://127.0.0.1:8080 or https://1234567.suitetalk.api.netsuite.com.",
      type: "string",
      pattern: "^https?://[^/?#@\\s]+$"
    },
    operator: {
      description: "How the operator signs in to this account and where it answers: each account of a directory of files can use its own credentials and endpoints (SPEC \xA714).",
      type: "object",
      additionalProperties: false,
      properties: {
        credentials: {
          description: "env:NAME of a variable holding this account's operator credentials bundle (TBA or M2M); overrides the NETSUITE_* sign-in variables for this account only.",
          $ref: "#/$defs/envReference"
        },
        endpoints: {
          description: "Origins that override the hosts derived from the account id (an emulator, a proxy); each one given overrides that one only, before the NETSUITE_*_URL variables.",
          type: "object",
          additionalProperties: false,
          properties: {
            rest: {
              description: "SuiteTalk REST origin (SuiteQL, the OAuth 2.0 token endpoint).",
              $ref: "#/$defs/origin"
            },
            restlets: {
              description: "RESTlet origin (rest/revoketoken, the certificates API).",
              $ref: "#/$defs/origin"
            },
            ui: {
              description: "UI origin, for the administrator's deep links.",
              $ref: "#/$defs/origin"
            }
          }
        }
      }
    },
    overlapDuration: {
      description: "A duration that may be zero: 0d, or a whole number followed by h, d or w.",
      type: "string",
      pattern: "^(?:0[hdw]|[1-9][0-9]{0,5}[hdw])$"
    },
    clientId: {
      description: "The integration record's client ID (shown once when the integration is saved; not a secret).",
      type: "string",
      pattern: "^[A-Za-z0-9_-]{8,128}$"
    },
    mappingName: {
      description: "Your name for the mapping: letters, digits, dots, hyphens and underscores; unique in the file.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
    },
    repository: {
      description: "A GitHub repository, owner/name.",
      type: "string",
      pattern: "^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$"
    },
    secretName: {
      description: "A GitHub Actions secret name: letters, digits and underscores, not starting with a digit or GITHUB_.",
      type: "string",
      pattern: "^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]{0,99}$"
    },
    rotation: {
      description: "How the operator rotates this mapping's certificate (SPEC \xA711). Without it, expiry is only reported.",
      type: "object",
      additionalProperties: false,
      properties: {
        algorithm: {
          description: "Key and certificate algorithm: ec-p256 (default), ec-p384, ec-p521, rsa-3072 or rsa-4096.",
          enum: [
            "ec-p256",
            "ec-p384",
            "ec-p521",
            "rsa-3072",
            "rsa-4096"
          ]
        },
        validity: {
          description: "How long a new certificate is valid, 1d to 730d (NetSuite shortens anything longer to two years); default 365d.",
          $ref: "#/$defs/duration"
        },
        renewBefore: {
          description: "Rotate once the current certificate expires within this; default the smaller of 90d and a third of validity.",
          $ref: "#/$defs/duration"
        },
        overlap: {
          description: "How long the old certificate stays active after the new one is delivered; 0d retires it in the same run; default 7d.",
          $ref: "#/$defs/overlapDuration"
        }
      }
    },
    deliveryTarget: {
      description: "Where a new credentials bundle is delivered (SPEC \xA712.2): exactly one of github, aws or file.",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        github: {
          description: "A GitHub Actions secret of a repository, or of one of its environments.",
          type: "object",
          additionalProperties: false,
          required: [
            "secret"
          ],
          properties: {
            repository: {
              description: "owner/name; default GITHUB_REPOSITORY.",
              $ref: "#/$defs/repository"
            },
            environment: {
              description: "An environment of the repository, for an environment secret.",
              type: "string",
              minLength: 1,
              maxLength: 255
            },
            secret: {
              description: "The secret's name.",
              $ref: "#/$defs/secretName"
            }
          }
        },
        aws: {
          description: "An AWS Secrets Manager secret.",
          type: "object",
          additionalProperties: false,
          required: [
            "secretId"
          ],
          properties: {
            secretId: {
              description: "The secret's name or ARN.",
              type: "string",
              minLength: 1,
              maxLength: 2048
            },
            region: {
              description: "The AWS region; default from the SDK's configuration.",
              type: "string",
              pattern: "^[a-z]{2}(?:-[a-z]+)+-[0-9]$"
            }
          }
        },
        file: {
          description: "A file, relative to this desired-state file; written atomically with mode 0600, and refused where git would commit it.",
          type: "object",
          additionalProperties: false,
          required: [
            "path"
          ],
          properties: {
            path: {
              description: "The file's path.",
              type: "string",
              minLength: 1
            }
          }
        }
      }
    },
    certificateMapping: {
      description: "One OAuth 2.0 client-credentials mapping: an integration, entity and role, and the certificates that let it sign in.",
      type: "object",
      additionalProperties: false,
      required: [
        "mapping",
        "clientId",
        "entity",
        "role",
        "state"
      ],
      properties: {
        mapping: {
          description: "Your name for this mapping, unique in the file: its identity in plans, status and pull requests.",
          $ref: "#/$defs/mappingName"
        },
        clientId: {
          description: "The integration record's client ID.",
          $ref: "#/$defs/clientId"
        },
        entity: {
          description: "Internal id of the user (entity) the mapping signs in as.",
          $ref: "#/$defs/internalId"
        },
        role: {
          description: "Internal id of the role the mapping signs in with.",
          $ref: "#/$defs/internalId"
        },
        state: {
          description: "active, or revoked (every certificate of the mapping is revoked).",
          enum: [
            "active",
            "revoked"
          ]
        },
        owner: {
          description: "Who answers for the mapping.",
          $ref: "#/$defs/owner"
        },
        protect: {
          description: "Never changed by the operator, whatever the file says later.",
          type: "boolean"
        },
        credentials: {
          description: "env:NAME of a variable holding the mapping's current M2M credentials bundle: lets the operator observe and act as the mapping. Never the value.",
          $ref: "#/$defs/envReference"
        },
        rotation: {
          $ref: "#/$defs/rotation",
          description: "How the operator rotates this mapping's certificate; needs credentials and at least one deliver target."
        },
        deliver: {
          description: "Where each new credentials bundle goes (required with rotation).",
          type: "array",
          items: {
            $ref: "#/$defs/deliveryTarget"
          }
        }
      }
    }
  }
};

// src/config/schema.ts
var DESIRED_STATE_SCHEMA = netsuite_tokens_schema_default;

// src/config/schema-messages.ts
function describeSchemaError(error) {
  if (error.schemaPath.includes("/anyOf/") || error.keyword === "if") return null;
  const path = fromJsonPointer(error.instancePath);
  if (isCredentialField(path)) return { path, at: "value", message: credentialMessage(fieldName(path), error.data) };
  if (isCredentialsBlock(path) && (error.keyword === "type" || error.keyword === "pattern")) return { path, at: "value", message: credentialsBlockMessage(error.data) };
  if (error.keyword === "additionalProperties") return unknownKeyProblem(path, error);
  return { path, at: "value", message: valueMessage(path, error) };
}
function valueMessage(path, error) {
  const label = labelOf(path);
  switch (error.keyword) {
    case "required":
      return missingKeyMessage(path, String(error.params["missingProperty"]));
    case "anyOf":
      return `This token entry has neither id nor name; add id: "<internal id>" (netsuite-tokens import lists them) or the token's name.`;
    case "type":
      return typeMessage(label, error);
    case "enum":
      return enumMessage(path[0] === "certificates" && label === "state" ? "mapping state" : label, error);
    case "minProperties":
    case "maxProperties":
      return 'A deliver target names exactly one of github, aws or file; give each target its own "- " item.';
    case "const":
      return versionMessage(error.data);
    case "pattern":
      return patternMessage(label, error);
    case "minLength":
      return `${label} is empty; write a value or remove the key.`;
    case "minimum":
      return `${label} must be ${String(error.params["limit"])} or more, not ${describeValue(error.data)}.`;
    default:
      return `${label} ${error.message ?? "is not valid"}; see schemas/netsuite-tokens.schema.json for what is allowed.`;
  }
}
function isCredentialField(path) {
  return path.length === 4 && path[0] === "tokens" && path[2] === "credentials";
}
function isCredentialsBlock(path) {
  return path.length === 3 && path[0] === "tokens" && path[2] === "credentials";
}
var ACTIONS_EXPRESSION = /^\$\{\{\s*(secrets|vars|env)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;
function actionsExpressionMessage(field, value) {
  const match = typeof value === "string" ? ACTIONS_EXPRESSION.exec(value.trim()) : null;
  const context = match?.[1];
  const name = match?.[2];
  if (context === void 0 || name === void 0) return null;
  const variable = name.toUpperCase();
  const step = context === "env" ? `set ${variable} in the workflow's env:` : `in the workflow step set env: ${variable}: \${{ ${context}.${name} }}`;
  return `${field} is a GitHub Actions expression, which Actions expands in workflows but not in this file; write ${field}: env:${variable}, and ${step}.`;
}
function credentialsBlockMessage(value) {
  const forms = "write credentials: env:NAME (a variable holding a TBA credentials bundle), or consumerKey, consumerSecret, tokenId and tokenSecret under it, each as env:NAME";
  const expression = actionsExpressionMessage("credentials", value);
  if (expression !== null) return expression;
  if (typeof value === "string" && value.startsWith("env:")) return `credentials names an environment variable that is not valid; use upper-case letters, digits and underscores, such as env:EXPENSE_CREDENTIALS.`;
  if (typeof value === "string") return `credentials holds a literal value, but credentials may only reference environment variables; ${forms}.`;
  return `credentials must be an env:NAME reference or a mapping of them, not ${describeKind(value)}; ${forms}.`;
}
function fieldName(path) {
  return String(path.at(-1) ?? "");
}
function labelOf(path) {
  const last = path.at(-1);
  if (last === void 0) return "The file";
  if (typeof last !== "number") return last;
  if (path[0] === "certificates") return path.length === 2 ? "A certificate mapping" : "A deliver target";
  return "A token entry";
}
function containerOf(path) {
  if (path.length === 0) return "at the top level";
  if (path.length === 1 && path[0] === "policy") return "in policy";
  if (path.length === 2 && path[0] === "tokens") return "in a token entry";
  if (path.length === 3 && path[2] === "credentials") return "in credentials";
  return `in ${toJsonPointer(path)}`;
}
function subjectOf(path) {
  if (path.length === 0) return "The file";
  if (path.length === 2 && path[0] === "tokens") return "This token entry";
  return labelOf(path);
}
function unknownKeyProblem(path, error) {
  const key = String(error.params["additionalProperty"]);
  const known = knownKeys(error.parentSchema);
  const suggestion = closestName(key, known);
  const where = containerOf(path);
  const inCredentials = path.at(-1) === "credentials";
  let message;
  if (suggestion !== null) message = `Unknown key ${quoteValue(key)} ${where}; did you mean "${suggestion}"?`;
  else if (inCredentials) message = `Unknown key ${where}; the keys are ${listOf(known, "and")}.`;
  else message = `Unknown key ${quoteValue(key)} ${where}; the known keys are ${listOf(known, "and")}.`;
  return { path: [...path, key], at: "key", message };
}
function knownKeys(parentSchema) {
  if (typeof parentSchema !== "object" || parentSchema === null || !("properties" in parentSchema)) return [];
  const properties = parentSchema.properties;
  return typeof properties === "object" && properties !== null ? Object.keys(properties) : [];
}
var ADD_MISSING = {
  version: "add version: 1.",
  account: 'add the account id in realm form, such as account: "1234567" (or "1234567_SB1" for a sandbox).',
  tokens: "add tokens: with one entry per token (tokens: [] declares none).",
  state: "add state: active, inactive or revoked."
};
function missingKeyMessage(path, missing) {
  const hint = ADD_MISSING[missing] ?? `add ${missing}: env:NAME naming the environment variable that holds it (all four references are needed).`;
  return `${subjectOf(path)} has no ${missing}; ${hint}`;
}
function typeMessage(label, error) {
  const expectedTypes = String(error.params["type"]).split(",");
  const expected = listOf(expectedTypes.map(describeType));
  const data = error.data;
  if (data === null && label === "A token entry") return 'A token entry is empty; write its keys (id, name, state, ...) after the "- " or remove the empty item.';
  if (data === null) return `${label} is empty, but it must be ${expected}; write a value after "${label}:".`;
  const message = `${label} must be ${expected}, not ${describeValue(data)}`;
  if (expectedTypes.includes("string") && (typeof data === "number" || typeof data === "boolean")) {
    return `${message}; quote it: ${label}: "${String(data)}".`;
  }
  if (expectedTypes.includes("array")) return `${message}; start each entry with "- ".`;
  if (label === "A token entry") return `${message}; write each entry as keys such as id: and state:.`;
  return `${message}.`;
}
var ENUM_NOUNS = {
  state: "a token state",
  unmanaged: "a policy for undeclared tokens",
  "mapping state": "a mapping state"
};
function enumMessage(label, error) {
  const allowed = enumValues(error.params["allowedValues"]);
  if (typeof error.data !== "string") return `${label} must be one of ${listOf(allowed)}, not ${describeValue(error.data)}.`;
  const suggestion = closestName(error.data, allowed);
  const guess = suggestion === null ? "" : ` (did you mean "${suggestion}"?)`;
  const shown = label === "mapping state" ? "state" : label;
  return `${shown} ${quoteValue(error.data)} is not ${ENUM_NOUNS[label] ?? "an allowed value"}${guess}; use one of ${listOf(allowed)}.`;
}
function enumValues(values) {
  return Array.isArray(values) ? values.map(String) : [];
}
var SUPPORTED_VERSION = 1;
function versionMessage(value) {
  if (typeof value === "number") {
    return `version ${String(value)} is not supported; this netsuite-tokens reads version ${SUPPORTED_VERSION} files, so set version: ${SUPPORTED_VERSION}.`;
  }
  return `version must be the number ${SUPPORTED_VERSION}, not ${describeValue(value)}; set version: ${SUPPORTED_VERSION}.`;
}
var ACCOUNT_ID = new RegExp(DESIRED_STATE_SCHEMA.$defs.accountId.pattern, "u");
var PATTERN_MESSAGES = {
  accountId: (_, value) => {
    const canonical = value.trim().toUpperCase().replaceAll("-", "_");
    const guess = canonical !== value && ACCOUNT_ID.test(canonical) ? ` (did you mean "${canonical}"?)` : "";
    return `account ${quoteValue(value)} is not a NetSuite account id${guess}; use the realm form, such as 1234567, 1234567_SB1 (sandbox), 1234567_RP (release preview) or TSTDRV1234567.`;
  },
  duration: (label, value) => `${label} ${quoteValue(value)} is not a duration; use a whole number followed by h, d or w, such as 90d, 36h or 2w.`,
  internalId: (label, value) => `${label} ${quoteValue(value)} is not a NetSuite internal id; use the digits NetSuite shows for the token, such as "4711".`,
  owner: (label, value) => `${label} ${quoteValue(value)} is not a GitHub team or user; write @org/team or @user, such as "@acme/finance-systems".`,
  envReference: (label, value) => credentialMessage(label, value),
  overlapDuration: (label, value) => `${label} ${quoteValue(value)} is not a duration; use 0d, or a whole number followed by h, d or w, such as 7d.`,
  clientId: (label, value) => `${label} ${quoteValue(value)} is not a client ID; copy the integration record's client ID (letters, digits, - and _).`,
  mappingName: (label, value) => `${label} ${quoteValue(value)} is not a mapping name; use letters, digits, dots, hyphens and underscores, such as expense-sync.`,
  repository: (label, value) => `${label} ${quoteValue(value)} is not a GitHub repository; write owner/name, such as acme/expense-sync.`,
  secretName: (label, value) => `${label} ${quoteValue(value)} is not a name GitHub accepts for a secret; use letters, digits and underscores, not starting with a digit or GITHUB_.`,
  origin: (label, value) => `${label} ${quoteValue(value)} is not an origin; give the scheme, host and port only, such as http://127.0.0.1:8080 or https://1234567.suitetalk.api.netsuite.com.`
};
function definitionWithPattern(pattern) {
  const found = Object.entries(DESIRED_STATE_SCHEMA.$defs).find(([, definition]) => "pattern" in definition && definition.pattern === pattern);
  return found?.[0] ?? "";
}
function patternMessage(label, error) {
  const describe = PATTERN_MESSAGES[definitionWithPattern(error.params["pattern"])];
  const value = String(error.data);
  return describe === void 0 ? `${label} ${quoteValue(value)} does not have the expected form.` : describe(label, value);
}
function credentialMessage(field, value) {
  const example = `env:EXPENSE_${field.replaceAll(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()}`;
  const expression = actionsExpressionMessage(field, value);
  if (expression !== null) return expression;
  if (typeof value === "string" && value.startsWith("env:")) {
    return `${field} names an environment variable that is not valid; use upper-case letters, digits and underscores, such as ${example}.`;
  }
  if (typeof value === "string") {
    return `${field} holds a literal value, but credentials may only reference environment variables; put the secret in an environment variable and write ${field}: env:NAME, such as ${example}.`;
  }
  return `${field} must be an env:NAME reference, not ${describeKind(value)}; write ${field}: env:NAME, such as ${example}.`;
}

// src/config/schema-validator.ts
var checkDesiredState = await loadValidator("netsuite-tokens");
function checkAgainstSchema(data) {
  const check = checkDesiredState(data);
  if (check.valid) return { valid: true, file: check.value };
  const problems = check.errors.map(describeSchemaError).filter((problem) => problem !== null);
  return { valid: false, problems };
}

// src/domain/duration.ts
var UNIT_MS = { h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(text2) {
  const match = /^([1-9][0-9]{0,5})([hdw])$/.exec(text2);
  if (!match) return null;
  const [, amount, unit] = match;
  return Number(amount) * UNIT_MS[unit];
}
function formatDuration(ms) {
  if (ms % UNIT_MS.w === 0) return `${ms / UNIT_MS.w}w`;
  if (ms % UNIT_MS.d === 0) return `${ms / UNIT_MS.d}d`;
  return `${Math.round(ms / UNIT_MS.h)}h`;
}

// src/config/certificate-rules.ts
var MAX_VALIDITY_MS = 730 * 864e5;
function checkCertificateRules(data, lineOf) {
  if (!isRecord(data) || !Array.isArray(data["certificates"])) return [];
  const problems = [];
  const byName = /* @__PURE__ */ new Map();
  const byTriple = /* @__PURE__ */ new Map();
  data["certificates"].forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const at = (...rest) => ["certificates", index, ...rest];
    const name = entry["mapping"];
    if (typeof name === "string") {
      const first = byName.get(name);
      if (first === void 0) byName.set(name, index);
      else problems.push({ path: at("mapping"), at: "value", message: `mapping ${quoteValue(name)} is already declared at line ${lineOf(["certificates", first])}; give each mapping its own name.` });
    }
    const { clientId, entity, role } = entry;
    if (typeof clientId === "string" && typeof entity === "string" && typeof role === "string") {
      const triple = JSON.stringify([clientId, entity, role]);
      const first = byTriple.get(triple);
      if (first === void 0) byTriple.set(triple, index);
      else problems.push({ path: at("clientId"), at: "value", message: `This clientId, entity and role are already declared by the mapping at line ${lineOf(["certificates", first])}; one certificate serves one integration, entity and role, so merge the two entries.` });
    }
    problems.push(...deliveryProblems(entry, at), ...rotationProblems(entry, at));
  });
  return problems;
}
function deliveryProblems(entry, at) {
  const deliver = entry["deliver"];
  if (!Array.isArray(deliver)) return [];
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  deliver.forEach((target, index) => {
    const key = JSON.stringify(target);
    if (seen.has(key)) problems.push({ path: at("deliver", index), at: "value", message: "This deliver target is listed twice; list each target once." });
    seen.add(key);
  });
  return problems;
}
function rotationProblems(entry, at) {
  const rotation = entry["rotation"];
  if (!isRecord(rotation)) return [];
  const problems = [];
  if (entry["credentials"] === void 0) {
    problems.push({ path: at("rotation"), at: "key", message: "rotation needs credentials: the operator uploads the new certificate with the mapping's own token; add credentials: env:NAME (the mapping's bundle)." });
  }
  if (!Array.isArray(entry["deliver"]) || entry["deliver"].length === 0) {
    problems.push({ path: at("rotation"), at: "key", message: "rotation needs at least one deliver target: a new key that reaches no consumer is useless; add deliver: with a github, aws or file target." });
  }
  const validityText = typeof rotation["validity"] === "string" ? rotation["validity"] : null;
  const validity = validityText === null ? null : parseDuration(validityText);
  if (validityText !== null && validity !== null && validity > MAX_VALIDITY_MS) {
    problems.push({ path: at("rotation", "validity"), at: "value", message: `validity ${quoteValue(validityText)} is longer than NetSuite keeps (730d, two years); use 730d or less.` });
  }
  const overlapText = typeof rotation["overlap"] === "string" ? rotation["overlap"] : null;
  const overlap = overlapText === null ? null : overlapMs(overlapText);
  const effectiveValidity = validity ?? 365 * 864e5;
  if (overlapText !== null && overlap !== null && overlap >= effectiveValidity) {
    problems.push({ path: at("rotation", "overlap"), at: "value", message: `overlap ${quoteValue(overlapText)} is not shorter than the certificate's validity (${formatDuration(effectiveValidity)}); the old certificate must be retired while the new one is valid.` });
  }
  return problems;
}
function overlapMs(text2) {
  return /^0[hdw]$/.test(text2) ? 0 : parseDuration(text2);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/semantic-rules.ts
function checkSemanticRules(data, lineOf) {
  const entries = tokenEntries(data);
  return [...duplicateIds(entries, lineOf), ...ambiguousNames(entries, lineOf), ...checkCertificateRules(data, lineOf)];
}
function tokenEntries(data) {
  if (!isRecord2(data) || !Array.isArray(data["tokens"])) return [];
  return data["tokens"].map((entry, index) => ({
    index,
    id: isRecord2(entry) && typeof entry["id"] === "string" ? entry["id"] : null,
    name: isRecord2(entry) && typeof entry["name"] === "string" ? entry["name"] : null
  }));
}
function duplicateIds(entries, lineOf) {
  const firstById = /* @__PURE__ */ new Map();
  const problems = [];
  for (const entry of entries) {
    if (entry.id === null) continue;
    const first = firstById.get(entry.id);
    if (first === void 0) {
      firstById.set(entry.id, entry);
      continue;
    }
    problems.push({
      path: ["tokens", entry.index, "id"],
      at: "value",
      message: `id ${quoteValue(entry.id)} is already declared by the entry at line ${lineOf(["tokens", first.index])}; declare each token once, so merge the two entries.`
    });
  }
  return problems;
}
function ambiguousNames(entries, lineOf) {
  const earlierByName = /* @__PURE__ */ new Map();
  const problems = [];
  for (const entry of entries) {
    if (entry.name === null) continue;
    const earlier = earlierByName.get(entry.name);
    if (earlier === void 0) {
      earlierByName.set(entry.name, { first: entry, firstWithoutId: entry.id === null ? entry : null });
      continue;
    }
    const clash = entry.id === null ? earlier.first : earlier.firstWithoutId;
    if (entry.id === null) earlier.firstWithoutId ??= entry;
    if (clash === null) continue;
    problems.push({
      path: ["tokens", entry.index, "name"],
      at: "value",
      message: `name ${quoteValue(entry.name)} is also used by the entry at line ${lineOf(["tokens", clash.index])}; two entries may share a name only when both pin an id, so add id: to both.`
    });
  }
  return problems;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/load-config.ts
function loadConfigText(text2, file) {
  const parsed = parseYaml(text2, file);
  if (!parsed.ok) return parsed;
  const { source, data } = parsed;
  const semantic = checkSemanticRules(data, (path) => source.positionOf(path).line);
  const schema4 = checkAgainstSchema(data);
  if (!schema4.valid || semantic.length > 0) {
    const problems = [...semantic, ...schema4.valid ? [] : schema4.problems];
    return { ok: false, problems: byPosition(problems.map((problem) => source.locate(problem))) };
  }
  const loaded = {
    file,
    config: schema4.file,
    accountSource: source.sourceOf(["account"]),
    tokenSources: schema4.file.tokens.map((_, index) => source.sourceOf(["tokens", index])),
    certificateSources: (schema4.file.certificates ?? []).map((_, index) => source.sourceOf(["certificates", index]))
  };
  return { ok: true, loaded };
}
function byPosition(problems) {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

// .perf/config-cost.ts
var text = desiredStateFile(generateSeed({ tokens: 2e4, loginRows: 0, seed: 2e4 }), { credentialsEvery: null });
var cpu = (work) => {
  const before = process.cpuUsage();
  work();
  const u = process.cpuUsage(before);
  return Math.round((u.user + u.system) / 1e3);
};
for (let i = 0; i < 4; i += 1) {
  console.log("parseYaml", cpu(() => parseYaml(text, "f.yaml")), "ms CPU; loadConfigText", cpu(() => loadConfigText(text, "f.yaml")), "ms CPU");
}
