/**
 * Loads every built-in module file so that each registers itself in the
 * registry (runtime/modules/registry.ts). Add one import line here for a
 * new module written in TypeScript; the Interpreter imports this file.
 *
 * It deliberately holds no code: registration lives in each module's file.
 */

import './registry';
import './math';
