// What the diagram page's printout draws (the SVG export's picture), as one module the page loads
// after its first view: the first view's scripts carry none of the export code.
export { buildScenes, hiddenCards } from './scenes.ts';
export { sceneToSvg } from './svg.ts';
