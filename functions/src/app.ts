// What the Functions host loads (functions/package.json "main", bundled by scripts/build.mjs): each function file
// registers its route with app.http when it is loaded, and the route table imports them all.
export { routes } from './routes';
