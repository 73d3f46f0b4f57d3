/** The e2e tests find the Electron binary the same way `npm start` does. */
export { electronBinary } from '../../scripts/electronBinary';
