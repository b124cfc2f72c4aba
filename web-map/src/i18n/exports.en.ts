import type { exportsVi } from './exports.vi';

export const exportsEn: Record<keyof typeof exportsVi, string> = {
  'export.menu': 'Export',
  'export.layer': 'Export the layer "{name}"',
  'export.selection': 'Export the {count} plots found',
  'export.format': 'Format',
  'export.srid': 'Coordinate system',
  'export.srid.9215': 'VN-2000 Lạng Sơn (EPSG:9215)',
  'export.srid.4326': 'WGS 84 – longitude, latitude (EPSG:4326)',
  'export.srid.3405': 'VN-2000 UTM 48N (EPSG:3405)',
  'export.download': 'Download',
  'export.done': 'Downloaded {file}.',
  'export.failed': 'The file could not be downloaded: {reason}',
  'export.boundaryTable': 'Boundary coordinate table:',
  'export.boundaryTableAs': 'Download the boundary coordinate table of {code} as {format}',
};
