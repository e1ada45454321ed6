export const title = 'narratives';
export async function render(container) { container.textContent = 'Coming soon.'; }
