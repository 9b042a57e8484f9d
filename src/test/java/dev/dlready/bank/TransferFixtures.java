package dev.dlready.bank;

/** Moodle files shared by the import and export tests. */
public final class TransferFixtures {

    private TransferFixtures() {}

    /** Four questions: one without a category (default topic), three in "Mixed precision", one of them an essay. */
    public static String gift(String prefix) {
        return """
                // Questions for the import tests.
                ::%1$s Softmax::[markdown]Which function turns attention scores into weights?{
                \t=softmax#It normalises the scores to sum to one.
                \t~relu#ReLU does not normalise.
                \t~tanh#tanh does not normalise either.
                \t####Softmax turns scores into a probability distribution.\\n\\n**References**\\n\\n- Vaswani et al. (2017)
                }

                $CATEGORY: $course$/top/Mixed precision

                ::%1$s Bytes::How many bytes does one FP16 value take?{#2:0####16 bits are 2 bytes.}

                ::%1$s BF16::BF16 has as many exponent bits as FP32.{T####Both have 8 exponent bits.}

                ::%1$s Essay::Describe how loss scaling works.{}
                """.formatted(prefix);
    }
}
