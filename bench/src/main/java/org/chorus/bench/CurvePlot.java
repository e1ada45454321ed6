package org.chorus.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Learning curves as a PNG, drawn with Java2D: one panel per dataset, F1 against labels on a
 * log axis, a line per strategy with its 95% confidence band, and a dashed line per reference
 * level (e.g. the fully supervised F1).
 */
final class CurvePlot {
  /** One strategy's curve: mean and CI bounds at each budget. */
  record Curve(String name, Color color, int[] x, double[] mean, double[] low, double[] high) {}

  /** A horizontal reference line. */
  record Level(String name, double y) {}

  /** One dataset's curves. */
  record Panel(String title, List<Curve> curves, List<Level> levels) {}

  private static final int W = 560, H = 420, LEFT = 62, RIGHT = 16, TOP = 36, BOTTOM = 52;

  private CurvePlot() {}

  static void write(Path file, List<Panel> panels) throws IOException {
    BufferedImage img = new BufferedImage(W * panels.size(), H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), H);
    for (int i = 0; i < panels.size(); i++) {
      Graphics2D p = (Graphics2D) g.create(W * i, 0, W, H);
      draw(p, panels.get(i));
      p.dispose();
    }
    g.dispose();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    ImageIO.write(img, "png", file.toFile());
  }

  private static void draw(Graphics2D g, Panel panel) {
    double xMin = Double.MAX_VALUE, xMax = 0, yMin = 1, yMax = 0;
    for (Curve c : panel.curves()) {
      for (int i = 0; i < c.x().length; i++) {
        xMin = Math.min(xMin, c.x()[i]);
        xMax = Math.max(xMax, c.x()[i]);
        yMin = Math.min(yMin, c.low()[i]);
        yMax = Math.max(yMax, c.high()[i]);
      }
    }
    for (Level l : panel.levels()) {
      yMin = Math.min(yMin, l.y());
      yMax = Math.max(yMax, l.y());
    }
    yMin = Math.max(0, Math.floor(yMin * 10 - 0.5) / 10);
    yMax = Math.min(1, Math.ceil(yMax * 10 + 0.2) / 10);
    double lx0 = Math.log(xMin), lx1 = Math.log(xMax);
    double fy0 = yMin, fy1 = yMax;
    int pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
    java.util.function.DoubleUnaryOperator sx =
        v -> LEFT + (Math.log(v) - lx0) / (lx1 - lx0) * pw;
    java.util.function.DoubleUnaryOperator sy = v -> TOP + (1 - (v - fy0) / (fy1 - fy0)) * ph;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(Color.BLACK);
    g.setFont(g.getFont().deriveFont(Font.BOLD, 14f));
    g.drawString(panel.title(), LEFT, 22);
    g.setFont(g.getFont().deriveFont(Font.PLAIN, 11f));
    g.setColor(new Color(0xDDDDDD));
    for (double y = yMin; y <= yMax + 1e-9; y += 0.1) {
      int py = (int) sy.applyAsDouble(y);
      g.drawLine(LEFT, py, LEFT + pw, py);
    }
    g.setColor(Color.BLACK);
    g.drawRect(LEFT, TOP, pw, ph);
    for (double y = yMin; y <= yMax + 1e-9; y += 0.1) {
      int py = (int) sy.applyAsDouble(y);
      g.drawString(String.format(Locale.ROOT, "%.1f", y), LEFT - 28, py + 4);
    }
    for (int x : panel.curves().get(0).x()) {
      int px = (int) sx.applyAsDouble(x);
      g.drawLine(px, TOP + ph, px, TOP + ph + 4);
      String s = Integer.toString(x);
      g.drawString(s, px - g.getFontMetrics().stringWidth(s) / 2, TOP + ph + 17);
    }
    g.drawString("labels (log scale)", LEFT + pw / 2 - 45, H - 14);
    Graphics2D r = (Graphics2D) g.create();
    r.rotate(-Math.PI / 2);
    r.drawString("macro-F1 on held-out accounts", -(TOP + ph / 2 + 80), 16);
    r.dispose();
    int legendY = TOP + ph - 10 - 16 * (panel.curves().size() + panel.levels().size() - 1);
    for (Level l : panel.levels()) {
      int py = (int) sy.applyAsDouble(l.y());
      g.setColor(Color.DARK_GRAY);
      g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
          new float[] {6, 4}, 0));
      g.drawLine(LEFT, py, LEFT + pw, py);
      g.setStroke(new BasicStroke(1));
      g.drawString(l.name(), LEFT + pw - 8 - g.getFontMetrics().stringWidth(l.name()), py - 4);
    }
    for (Curve c : panel.curves()) {
      Path2D band = new Path2D.Double();
      for (int i = 0; i < c.x().length; i++) {
        double px = sx.applyAsDouble(c.x()[i]), py = sy.applyAsDouble(c.high()[i]);
        if (i == 0) band.moveTo(px, py); else band.lineTo(px, py);
      }
      for (int i = c.x().length - 1; i >= 0; i--) {
        band.lineTo(sx.applyAsDouble(c.x()[i]), sy.applyAsDouble(c.low()[i]));
      }
      band.closePath();
      g.setColor(new Color(c.color().getRed(), c.color().getGreen(), c.color().getBlue(), 50));
      g.fill(band);
      g.setColor(c.color());
      g.setStroke(new BasicStroke(2f));
      Path2D line = new Path2D.Double();
      for (int i = 0; i < c.x().length; i++) {
        double px = sx.applyAsDouble(c.x()[i]), py = sy.applyAsDouble(c.mean()[i]);
        if (i == 0) line.moveTo(px, py); else line.lineTo(px, py);
        g.fillOval((int) px - 3, (int) py - 3, 6, 6);
      }
      g.draw(line);
      g.setStroke(new BasicStroke(1));
      g.drawLine(LEFT + 12, legendY - 4, LEFT + 32, legendY - 4);
      g.setColor(Color.BLACK);
      g.drawString(c.name(), LEFT + 38, legendY);
      legendY += 16;
    }
  }
}
