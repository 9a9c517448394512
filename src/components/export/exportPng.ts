/**
 * The PNG export: the export scene painted straight onto a canvas at twice its size. It is not
 * made by loading the SVG into an <img>, because the app's Content-Security-Policy (img-src
 * falls back to default-src 'self') blocks blob: and data: images; painting the same scene the
 * SVG is written from gives the same picture without loading anything.
 */
import type { ExportScene, SceneShape } from '../../layout/export/exportScene.ts';

/** A PNG of the scene at `pixelRatio` times its CSS size (2 for slides and print). */
export function exportPng(scene: ExportScene, pixelRatio = 2): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * pixelRatio);
  canvas.height = Math.round(scene.height * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('This browser cannot draw on a canvas.'));
  context.scale(pixelRatio, pixelRatio);
  paintScene(context, scene);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
      'image/png',
    ),
  );
}

/** Paints every shape of the scene, in order, over its background. */
export function paintScene(context: CanvasRenderingContext2D, scene: ExportScene): void {
  context.fillStyle = scene.background;
  context.fillRect(0, 0, scene.width, scene.height);
  for (const shape of scene.shapes) paintShape(context, shape, scene.font);
}

function paintShape(context: CanvasRenderingContext2D, shape: SceneShape, font: string): void {
  switch (shape.kind) {
    case 'rect':
      context.fillStyle = shape.fill;
      context.beginPath();
      if (shape.rx && typeof context.roundRect === 'function')
        context.roundRect(shape.x, shape.y, shape.width, shape.height, shape.rx);
      else context.rect(shape.x, shape.y, shape.width, shape.height);
      context.globalAlpha = shape.opacity ?? 1;
      context.fill();
      context.globalAlpha = 1;
      return;
    case 'circle':
      context.fillStyle = shape.fill;
      context.beginPath();
      context.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI);
      context.fill();
      return;
    case 'line':
      context.strokeStyle = shape.stroke;
      context.lineWidth = 1;
      context.beginPath();
      context.moveTo(shape.x1, shape.y1);
      context.lineTo(shape.x2, shape.y2);
      context.stroke();
      return;
    case 'text':
      context.fillStyle = shape.fill;
      context.font = `${shape.bold ? 'bold ' : ''}${shape.size}px ${font}`;
      context.textAlign = shape.anchor === 'middle' ? 'center' : 'left';
      context.textBaseline = 'alphabetic';
      context.fillText(shape.text, shape.x, shape.y);
      return;
  }
}
