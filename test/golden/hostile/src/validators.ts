// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

// @ts-nocheck -- ajv standalone code: checked by ajv at generation time, not by tsc.
import { table } from '@errcat/runtime';
import type { DetailsValidator } from '@errcat/runtime';

const details0 = validate20;
const schema31 = {"type":"object","additionalProperties":true,"required":["we\"ird"],"properties":{"we\"ird":{"type":"string"},"*/":{"type":"integer"},"__proto__":{"type":"string"},"normal_key":{"type":"array","items":{"type":"string"}}},"$id":"details-0"};

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
if(data["we\"ird"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "we\"ird"},message:"must have required property '"+"we\"ird"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["we\"ird"] !== undefined){
if(typeof data["we\"ird"] !== "string"){
const err1 = {instancePath:instancePath+"/we\"ird",schemaPath:"#/properties/we%22ird/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data["*/"] !== undefined){
let data1 = data["*/"];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/*~1",schemaPath:"#/properties/*~1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.normal_key !== undefined){
let data2 = data.normal_key;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err3 = {instancePath:instancePath+"/normal_key/" + i0,schemaPath:"#/properties/normal_key/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/normal_key",schemaPath:"#/properties/normal_key/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Details validators by canonical code; codes without a details schema have none. */
export const detailsValidators = /* @__PURE__ */ table<{ readonly [code: string]: DetailsValidator | undefined }>({
  "\"quoted\"": details0,
});
