export const title = 'account';
export async function render(container) { container.textContent = 'Coming soon.'; }
