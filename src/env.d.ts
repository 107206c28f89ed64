// Astro's client types (import.meta.env and friends), so `tsc --noEmit`
// passes on a fresh clone before any `astro build` has generated .astro/.
/// <reference types="astro/client" />
