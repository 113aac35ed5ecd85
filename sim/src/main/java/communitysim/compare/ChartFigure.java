package communitysim.compare;

/** A chart of the report: an inline SVG element and what it shows, for the figure's caption. */
public record ChartFigure(String id, String caption, String svg) {}
