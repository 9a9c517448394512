/**
 * An export scene (layout/export/exportScene.ts) drawn as inline SVG by React: the same picture
 * as the SVG and PNG downloads, for the printed handout. Text from the dataset stays text.
 */
import type { ExportScene } from '../../layout/export/exportScene.ts';

/** Props: the scene, and its accessible name. */
export interface ScenePictureProps {
  scene: ExportScene;
  label: string;
}

export function ScenePicture({ scene, label }: ScenePictureProps) {
  const { width, height } = scene;
  return (
    <svg
      className="scene-picture"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      // Time runs left to right in every language (docs/layout.md): on a right-to-left page the
      // picture's text would otherwise run from its anchor leftwards, off the picture. Each text
      // still orders its own words by its first letters (unicode-bidi: plaintext, below).
      direction="ltr"
      fontFamily={scene.font}
    >
      <rect width={width} height={height} fill={scene.background} />
      {scene.shapes.map((shape, i) => {
        switch (shape.kind) {
          case 'rect':
            return (
              <rect
                key={i}
                x={shape.x}
                y={shape.y}
                width={shape.width}
                height={shape.height}
                fill={shape.fill}
                rx={shape.rx}
                opacity={shape.opacity}
              />
            );
          case 'circle':
            return <circle key={i} cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} />;
          case 'line':
            return (
              <line
                key={i}
                x1={shape.x1}
                y1={shape.y1}
                x2={shape.x2}
                y2={shape.y2}
                stroke={shape.stroke}
              />
            );
          case 'text':
            return (
              <text
                key={i}
                x={shape.x}
                y={shape.y}
                fontSize={shape.size}
                fill={shape.fill}
                fontWeight={shape.bold ? 700 : undefined}
                textAnchor={shape.anchor}
                unicodeBidi="plaintext"
              >
                {shape.text}
              </text>
            );
        }
      })}
    </svg>
  );
}
