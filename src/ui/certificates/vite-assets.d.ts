// Vite turns `?url` imports into the emitted asset's URL; the project's tsconfig does
// not load vite/client types, so the one shape we use is declared here.
declare module '*?url' {
  const url: string;
  export default url;
}
