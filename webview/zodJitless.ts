// Imported first by the webview entry: zod decides when schemas are created
// whether to compile validators with new Function(), which our CSP (no
// 'unsafe-eval') blocks and reports. Jitless validation is plenty fast here.
import * as z from 'zod/mini';

z.config({ jitless: true });
