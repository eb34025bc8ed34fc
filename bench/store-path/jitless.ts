import { config } from 'zod/mini';

// An extension page's CSP forbids eval, so in the real sidebar zod's eval probe fails and it validates
// without compiled fast paths; code evaluated through DevTools passes that probe, so say it here, before
// any schema is built, to validate exactly as the sidebar does.
config({ jitless: true });
