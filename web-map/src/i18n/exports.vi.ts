/** Vietnamese messages of the export menus (panels/exportMenu.ts: layer switcher, finder, cards). */
export const exportsVi = {
  'export.menu': 'Xuất dữ liệu',
  'export.layer': 'Xuất lớp "{name}"',
  'export.selection': 'Xuất {count} lô đất tìm được',
  'export.format': 'Định dạng',
  'export.srid': 'Hệ tọa độ',
  'export.srid.9215': 'VN-2000 Lạng Sơn (EPSG:9215)',
  'export.srid.4326': 'WGS 84 – kinh độ, vĩ độ (EPSG:4326)',
  'export.srid.3405': 'VN-2000 UTM 48N (EPSG:3405)',
  'export.download': 'Tải về',
  'export.done': 'Đã tải về {file}.',
  'export.failed': 'Không tải được tệp: {reason}',
  'export.boundaryTable': 'Bảng tọa độ mốc ranh giới:',
  'export.boundaryTableAs': 'Tải bảng tọa độ mốc ranh giới của {code} dạng {format}',
} as const;
