package org.xpsci.cli.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a power spectral density on a logarithmic axis to a PNG file with XChart, headless (no display
 * needed), with the estimated peak labelled and, optionally, a known frequency marked by a dashed line.
 */
public final class PsdPlot {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;

    private PsdPlot() {
    }

    /**
     * Writes the plot of {@code pxx} (V²/Hz) against {@code f} (Hz) to {@code png}; non-positive values, which
     * a log axis cannot show, are left out.
     *
     * @param mark      a frequency to mark with a vertical dashed line (e.g. the true sine), or null
     * @param markLabel the legend entry of that line
     * @throws IllegalArgumentException when the file cannot be written or no value is positive
     */
    public static void write(Path png, double[] f, double[] pxx, String title, Double mark, String markLabel) {
        System.setProperty("java.awt.headless", "true");
        int[] keep = IntStream.range(0, f.length).filter(i -> pxx[i] > 0).toArray();
        if (keep.length == 0) {
            throw new IllegalArgumentException("plot: the spectrum has no positive value to draw on a log axis");
        }
        double[] x = Arrays.stream(keep).mapToDouble(i -> f[i]).toArray();
        double[] y = Arrays.stream(keep).mapToDouble(i -> pxx[i]).toArray();
        int peak = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] > y[peak]) {
                peak = i;
            }
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("frequency [Hz]").yAxisTitle("PSD [V²/Hz]").build();
        XYStyler style = chart.getStyler();
        style.setYAxisLogarithmic(true);
        style.setLegendVisible(mark != null);
        style.setLegendPosition(Styler.LegendPosition.InsideNE);
        style.setChartBackgroundColor(Color.WHITE);
        style.setPlotGridLinesColor(new Color(225, 225, 225));
        style.setXAxisDecimalPattern("#,##0.##");
        XYSeries s = chart.addSeries("Welch PSD", x, y);
        s.setMarker(SeriesMarkers.NONE).setLineColor(new Color(31, 119, 180)).setLineWidth(1.2f);
        if (mark != null) {
            double low = Arrays.stream(y).min().orElse(1);
            XYSeries m = chart.addSeries(markLabel, new double[] {mark, mark}, new double[] {low, y[peak]});
            m.setMarker(SeriesMarkers.NONE).setLineColor(new Color(214, 39, 40))
                    .setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] {6f, 4f}, 0f));
        }
        chart.addAnnotation(new AnnotationText(String.format("   peak %.1f Hz", x[peak]), x[peak], y[peak], false));
        try {
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new IllegalArgumentException("plot: cannot write '" + png + "': " + IoFailure.describe(e), e);
        }
    }
}
