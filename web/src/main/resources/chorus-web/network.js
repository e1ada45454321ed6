export const title = 'network';
export async function render(container) { container.textContent = 'Coming soon.'; }
