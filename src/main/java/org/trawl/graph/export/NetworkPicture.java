package org.trawl.graph.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.trawl.graph.Network;
import org.trawl.graph.NetworkEdge;
import org.trawl.graph.NetworkNode;
import org.trawl.model.EntityType;

/**
 * A picture of a network, for a report or a first look: a force-directed layout of its most connected
 * nodes, each a disc sized by degree and coloured by entity type (or community), the best connected
 * labelled in type sized by degree, links drawn thin and grey, thicker with more evidence. Written as SVG
 * or PNG from the same drawing.
 */
public final class NetworkPicture {

    /** What the colours of the discs tell. */
    public enum Colouring { TYPE, COMMUNITY }

    /** At most this many nodes are drawn, the most connected first, so the picture stays legible. */
    public static final int MAX_NODES = 300;
    private static final int LABELLED = 60;
    private static final int SIZE = 1600;
    private static final int MARGIN = 90;

    private static final Map<EntityType, Color> TYPE_COLOURS = Map.of(EntityType.PERSON, new Color(0x4e79a7),
            EntityType.GROUP, new Color(0xe15759), EntityType.PLACE, new Color(0x59a14f));
    private static final Color[] COMMUNITY_COLOURS = {new Color(0x4e79a7), new Color(0xf28e2b),
        new Color(0xe15759), new Color(0x76b7b2), new Color(0x59a14f), new Color(0xedc948), new Color(0xb07aa1),
        new Color(0xff9da7), new Color(0x9c755f), new Color(0xbab0ac)};
    private static final Color OTHER = new Color(0xcccccc);
    private static final Color LINK = new Color(0x999999);

    private record Disc(double x, double y, double radius, Color fill, String label, double fontSize, String title) {
    }

    private record Link(double x1, double y1, double x2, double y2, double width) {
    }

    private final List<Disc> discs;
    private final List<Link> links;
    private final Map<String, Color> legend;
    private final String caption;

    private NetworkPicture(List<Disc> discs, List<Link> links, Map<String, Color> legend, String caption) {
        this.discs = discs;
        this.links = links;
        this.legend = legend;
        this.caption = caption;
    }

    /** Lays out and styles the network (its nodes should carry metrics, for sizes and communities). */
    public static NetworkPicture of(Network network, Colouring colouring) {
        Network shown = network.mostConnected(MAX_NODES, List.of());
        List<NetworkNode> drawn = shown.nodes();
        double[][] p = ForceLayout.positions(shown);

        double maxDegree = drawn.stream().mapToDouble(n -> n.metric("weighted_degree")).max().orElse(1);
        Map<Integer, Integer> communityRank = communityRanks(drawn);
        Map<String, double[]> at = new HashMap<>();
        List<Disc> discs = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            NetworkNode n = drawn.get(i);
            double share = Math.sqrt(Math.max(n.metric("weighted_degree"), 0) / Math.max(maxDegree, 1));
            double x = MARGIN + p[i][0] * (SIZE - 2 * MARGIN);
            double y = MARGIN + p[i][1] * (SIZE - 2 * MARGIN);
            at.put(n.id(), new double[] {x, y});
            Color fill = colouring == Colouring.TYPE ? TYPE_COLOURS.get(n.entity().type())
                    : colourOfCommunity(communityRank.get(n.community()));
            discs.add(new Disc(x, y, 4 + 16 * share, fill, n.entity().canonical(),
                    11 + 15 * share, n.entity().canonical() + " (" + n.entity().type() + ")"));
        }
        discs = withoutCrowdedLabels(discs);
        double maxWeight = shown.edges().stream().mapToInt(NetworkEdge::weight).max().orElse(1);
        List<Link> links = new ArrayList<>();
        for (NetworkEdge e : shown.edges()) {
            double[] a = at.get(e.source());
            double[] b = at.get(e.target());
            links.add(new Link(a[0], a[1], b[0], b[1], 0.6 + 3 * Math.sqrt(e.weight() / maxWeight)));
        }
        Map<String, Color> legend = new java.util.LinkedHashMap<>();
        if (colouring == Colouring.TYPE) {
            for (EntityType t : EntityType.values()) {
                legend.put(t.name().toLowerCase(Locale.ROOT), TYPE_COLOURS.get(t));
            }
        } else {
            legend.put("colour: community (10 largest)", COMMUNITY_COLOURS[0]);
        }
        String caption = String.format(Locale.ROOT, "%,d of %,d nodes (the most connected), %,d links; size: degree",
                drawn.size(), network.nodes().size(), shown.edges().size());
        return new NetworkPicture(discs, links, legend, caption);
    }

    /**
     * Keeps the labels of the best connected nodes (the discs come best first) that do not overlap a label
     * already kept, up to {@link #LABELLED}; the rest are drawn unlabelled (their names are in the SVG's
     * tooltips).
     */
    private static List<Disc> withoutCrowdedLabels(List<Disc> discs) {
        List<double[]> boxes = new ArrayList<>();
        List<Disc> out = new ArrayList<>(discs.size());
        for (Disc d : discs) {
            double w = 0.56 * d.fontSize() * d.label().length();
            double[] box = {d.x() - w / 2, d.y() - d.radius() - 3 - d.fontSize(), d.x() + w / 2, d.y() - d.radius() - 1};
            boolean free = boxes.size() < LABELLED && boxes.stream().noneMatch(b -> b[0] < box[2] && box[0] < b[2]
                    && b[1] < box[3] && box[1] < b[3]);
            if (free) {
                boxes.add(box);
                out.add(d);
            } else {
                out.add(new Disc(d.x(), d.y(), d.radius(), d.fill(), null, d.fontSize(), d.title()));
            }
        }
        return out;
    }

    /** The communities of the drawn nodes ranked by size, for their colours. */
    private static Map<Integer, Integer> communityRanks(List<NetworkNode> drawn) {
        Map<Integer, Integer> sizes = new HashMap<>();
        drawn.forEach(n -> sizes.merge(n.community(), 1, Integer::sum));
        List<Integer> order = new ArrayList<>(sizes.keySet());
        order.sort(Comparator.comparingInt((Integer c) -> -sizes.get(c)).thenComparingInt(c -> c));
        Map<Integer, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        return rank;
    }

    private static Color colourOfCommunity(int rank) {
        return rank < COMMUNITY_COLOURS.length ? COMMUNITY_COLOURS[rank] : OTHER;
    }

    /** Number of discs drawn. */
    public int nodesDrawn() {
        return discs.size();
    }

    public void writeSvg(Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"Helvetica, Arial, sans-serif\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                SIZE, SIZE, SIZE, SIZE));
        out.write("<g stroke=\"" + hex(LINK) + "\" stroke-opacity=\"0.5\">\n");
        for (Link l : links) {
            out.write(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.2f\"/>%n",
                    l.x1(), l.y1(), l.x2(), l.y2(), l.width()));
        }
        out.write("</g>\n<g stroke=\"white\" stroke-width=\"1\">\n");
        for (Disc d : discs) {
            out.write(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>%s</title></circle>%n",
                    d.x(), d.y(), d.radius(), hex(d.fill()), XmlText.escape(d.title())));
        }
        out.write("</g>\n<g fill=\"#222\" text-anchor=\"middle\" paint-order=\"stroke\" stroke=\"white\" stroke-width=\"3\">\n");
        for (Disc d : discs) {
            if (d.label() != null) {
                out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\">%s</text>%n",
                        d.x(), d.y() - d.radius() - 3, d.fontSize(), XmlText.escape(d.label())));
            }
        }
        out.write("</g>\n");
        int y = 30;
        for (Map.Entry<String, Color> e : legend.entrySet()) {
            out.write(String.format(Locale.ROOT, "<circle cx=\"30\" cy=\"%d\" r=\"8\" fill=\"%s\"/><text x=\"46\" y=\"%d\" font-size=\"16\">%s</text>%n",
                    y, hex(e.getValue()), y + 5, XmlText.escape(e.getKey())));
            y += 24;
        }
        out.write(String.format(Locale.ROOT, "<text x=\"22\" y=\"%d\" font-size=\"14\" fill=\"#666\">%s</text>%n</svg>%n",
                SIZE - 24, XmlText.escape(caption)));
    }

    /**
     * Writes the picture as PNG. Labels need fonts; on a machine with none installed the picture is drawn
     * without them.
     */
    public void writePng(OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(LINK.getRed(), LINK.getGreen(), LINK.getBlue(), 128));
            for (Link l : links) {
                g.setStroke(new BasicStroke((float) l.width()));
                g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
            }
            g.setStroke(new BasicStroke(1f));
            for (Disc d : discs) {
                Ellipse2D c = new Ellipse2D.Double(d.x() - d.radius(), d.y() - d.radius(), 2 * d.radius(), 2 * d.radius());
                g.setColor(d.fill());
                g.fill(c);
                g.setColor(Color.WHITE);
                g.draw(c);
            }
            drawText(g);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", out);
    }

    private void drawText(Graphics2D g) {
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (Disc d : discs) {
                if (d.label() != null) {
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(d.fontSize())));
                    int w = g.getFontMetrics().stringWidth(d.label());
                    g.setColor(Color.WHITE);
                    int x = (int) (d.x() - w / 2.0);
                    int y = (int) (d.y() - d.radius() - 3);
                    for (int dx = -1; dx <= 1; dx++) {
                        for (int dy = -1; dy <= 1; dy++) {
                            g.drawString(d.label(), x + dx, y + dy);
                        }
                    }
                    g.setColor(new Color(0x222222));
                    g.drawString(d.label(), x, y);
                }
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            int y = 30;
            for (Map.Entry<String, Color> e : legend.entrySet()) {
                g.setColor(e.getValue());
                g.fill(new Ellipse2D.Double(22, y - 8, 16, 16));
                g.setColor(new Color(0x222222));
                g.drawString(e.getKey(), 46, y + 5);
                y += 24;
            }
            g.setColor(new Color(0x666666));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString(caption, 22, SIZE - 24);
        } catch (RuntimeException | Error e) {
            // no usable fonts (a minimal server): the drawing stands without its labels
        }
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
