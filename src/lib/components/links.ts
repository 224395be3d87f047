// Components and pages take links from here; the view layer's own fetches use the same helper.
export { href } from '$lib/view/href';
