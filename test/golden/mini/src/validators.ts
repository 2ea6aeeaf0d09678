// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

// @ts-nocheck -- ajv standalone code: checked by ajv at generation time, not by tsc.
import { table } from '@errcat/runtime';
import type { DetailsValidator } from '@errcat/runtime';

const details0 = validate20;
const schema31 = {"type":"object","properties":{"field":{"type":"string"}},"required":["field"],"$id":"details-0"};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="details-0" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.field !== undefined){
if(typeof data.field !== "string"){
const err1 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"field":true},"dynamicProps":false,"dynamicItems":false};

/** Details validators by canonical code; codes without a details schema have none. */
export const detailsValidators = /* @__PURE__ */ table<{ readonly [code: string]: DetailsValidator | undefined }>({
  7: details0,
});
