// conflictdata's imports, after JShell's own (java.io, java.nio.file, java.util, ...): every public
// package of the library, then Tablesaw and XChart. The notebook kernel starts each session with
// them; for a plain jshell, see README "Using the library from jshell":
//   jshell --class-path "$CP" --startup DEFAULT --startup src/main/resources/io/github/conflictdata/imports.jsh
import java.time.*;
import io.github.conflictdata.*;
import io.github.conflictdata.acled.*;
import io.github.conflictdata.api.*;
import io.github.conflictdata.chart.*;
import io.github.conflictdata.codes.*;
import io.github.conflictdata.compare.*;
import io.github.conflictdata.cow.*;
import io.github.conflictdata.display.*;
import io.github.conflictdata.export.*;
import io.github.conflictdata.io.*;
import io.github.conflictdata.net.*;
import io.github.conflictdata.panel.*;
import io.github.conflictdata.prio.*;
import io.github.conflictdata.releases.*;
import io.github.conflictdata.ucdp.*;
import tech.tablesaw.api.*;
import org.knowm.xchart.*;
// io.github.conflictdata.io and Tablesaw both have a ColumnType: the name means Tablesaw's
import tech.tablesaw.api.ColumnType;
