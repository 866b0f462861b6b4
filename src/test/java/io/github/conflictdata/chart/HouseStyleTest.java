package io.github.conflictdata.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The house palette and number format. */
class HouseStyleTest {

  @Test
  void paletteIsOkabeIto() {
    // Okabe & Ito (2008), Color Universal Design: the eight colours in hex
    Set<Integer> okabeIto = Set.of(0x000000, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2,
        0xD55E00, 0xCC79A7);
    Set<Integer> ours = HouseStyle.PALETTE.stream().map(c -> c.getRGB() & 0xFFFFFF)
        .collect(Collectors.toSet());
    assertEquals(okabeIto, ours);
    assertEquals(new Color(0xF0E442), HouseStyle.PALETTE.get(7), "yellow is last: weak on white");
    assertEquals(HouseStyle.PALETTE.get(0), HouseStyle.color(8), "colours cycle");
  }

  @Test
  void countsHaveThousandsSeparators() {
    assertEquals(List.of("2,783", "7,646", "1,000,000", "-999"),
        List.of(HouseStyle.format(2783), HouseStyle.format(7646), HouseStyle.format(1_000_000),
            HouseStyle.format(-999)));
  }
}
