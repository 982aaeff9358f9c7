declare namespace App {
  interface Locals {
    /** Where the page is: its path and edition (src/lib/routing/route-data.ts). */
    route: import('./lib/routing/route-data.ts').RouteData;
  }
}
