// Types for what Vite adds to renderer code (CSS side-effect imports, import.meta.env).
/// <reference types="vite/client" />
