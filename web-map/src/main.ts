// Placeholder page until the web map lands: shows what /healthz reports.
const labels: Record<string, string> = {
  dossiers: 'Đồ án quy hoạch',
  zones: 'Khu chức năng',
  plots: 'Lô đất',
  allocations: 'Giao đất, cho thuê đất',
  clearance_projects: 'Dự án GPMB',
  violations: 'Vi phạm',
};

async function showStatus(list: HTMLElement): Promise<void> {
  try {
    const response = await fetch('/healthz');
    const health = (await response.json()) as { status: string; database: { postgis: string | null }; counts: Record<string, number> };
    const rows = [['Cơ sở dữ liệu', health.status === 'ok' ? `hoạt động (PostGIS ${health.database.postgis})` : 'không kết nối được']];
    for (const [table, label] of Object.entries(labels)) {
      rows.push([label, (health.counts[table] ?? 0).toLocaleString('vi-VN')]);
    }
    list.replaceChildren(...rows.flatMap(([term, value]) => [element('dt', term), element('dd', value)]));
  } catch {
    list.replaceChildren(element('dt', 'Không kết nối được máy chủ. Hãy thử tải lại trang.'));
  }
}

function element(tag: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

void showStatus(document.getElementById('status')!);
