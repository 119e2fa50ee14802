// Runs Electronegativity without its start-up download of translations: this workplace has no
// network, and a test must not reach for one. `got` is the only module it fetches with.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: translations are not fetched'));
    return offline;
  }
  return load.call(this, request, ...rest);
};
require('@doyensec/electronegativity/dist/index.js');
