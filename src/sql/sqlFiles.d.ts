// The .sql files are imported as text (Vite's ?raw), so they travel inside
// the build bundle instead of being looked up on disk next to it.
declare module "*.sql?raw" {
  const text: string;
  export default text;
}
