/**
 * Entry of the details worker thread (bundled on its own as codegen/dist/details-worker.mjs: only
 * json-schema-to-typescript and what it needs, so the worker starts quickly). See details-thread.ts.
 */
import { serveDetails } from './details-thread.js';

serveDetails();
