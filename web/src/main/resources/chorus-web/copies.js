export const title = 'copies';
export async function render(container) { container.textContent = 'Coming soon.'; }
