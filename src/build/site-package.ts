import { dataPackage, type DataPackage } from '../lib/export/data-package.ts';
import { getDataStamp, getRegister, getSite } from './context.ts';

/** The open data package of this build, from the same build context as the pages. */
export function sitePackage(): DataPackage {
  return dataPackage({ site: getSite(), register: getRegister().rows, stamp: getDataStamp() });
}
