/**
 * The Worker entry (wrangler.toml `main`). Static files in public/ are served by Workers Static
 * Assets before this runs; everything else goes to the Hono app.
 */

import { createApp } from './web/app'

export default createApp()
