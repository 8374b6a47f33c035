/**
 * Loads the numeric types' method tables and constructors (int, float,
 * complex) so that importing this one file makes numbers complete. It
 * deliberately holds no code of its own.
 */

import './intMethods';
import './floatMethods';
import './complexMethods';
