package org.parley.code;

import org.junit.jupiter.api.Test;

class ScratchP10Test {
    static void show(String name, String t, String a) {
        HandParsed.code(t, a).forEach(e -> System.out.println(name + " " + e.code() + " " + e.source().code() + " -> "
                + (e.target() == null ? null : e.target().code() + "/" + e.target().text()) + " [" + e.trigger().text() + "] " + e.mood()));
        System.out.println(name + " done");
    }

    @Test
    void show() {
        String t = "A/DT court/NN/court in/IN Guyana/NNP/Guyana/LOCATION has/VBZ/have issued/VBN/issue arrest/NN/arrest "
                + "warrants/NNS/warrant for/IN two/CD/two/NUMBER Brazilian/JJ/Brazilian/MISC men/NNS/man sought/VBN/seek "
                + "in/IN the/DT slaying/NN/slaying ./.";
        show("A", t, "det(1,0) nsubj(5,1) case(3,2) nmod:in(1,3) aux(5,4) root(-1,5) compound(7,6) obj(5,7) case(11,8) "
                + "nummod(11,9) amod(11,10) obl:for(5,11) acl(11,12) case(15,13) det(15,14) obl:in(12,15) punct(5,16)");
        show("B", t, "det(1,0) nsubj(5,1) case(3,2) nmod:in(1,3) aux(5,4) root(-1,5) compound(7,6) obj(5,7) case(11,8) "
                + "nummod(11,9) amod(11,10) nmod:for(7,11) acl(11,12) case(15,13) det(15,14) obl:in(12,15) punct(5,16)");
        show("C", t, "det(1,0) nsubj(5,1) case(3,2) nmod:in(1,3) aux(5,4) root(-1,5) compound(7,6) obj(5,7) case(11,8) "
                + "nummod(11,9) amod(11,10) nmod:for(7,11) punct(5,16)");
    }
}
