// @ts-check
// The project's own ESLint plugin: rules that encode Jiyue's architecture (see DESIGN §4).
import moduleBoundaries from './module-boundaries.js';

/** @type {import('eslint').ESLint.Plugin} */
const plugin = {
  meta: { name: 'eslint-plugin-jiyue', version: '0.1.0' },
  rules: { 'module-boundaries': moduleBoundaries },
};

export default plugin;
