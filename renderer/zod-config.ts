// Imported first by main.tsx. zod compiles fast object parsers with `new Function`, after
// probing whether eval is allowed; our Content-Security-Policy forbids eval, so the probe
// only shows up as a CSP violation. The page parses little, so the interpreter is enough.
import { z } from 'zod';

z.config({ jitless: true });
