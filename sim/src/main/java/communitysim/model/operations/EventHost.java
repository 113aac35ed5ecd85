package communitysim.model.operations;

/**
 * What an event's calls to action do to the community beyond the members they reach: the model's
 * narrow side for {@link Events}, so events can be tested without a whole model.
 */
public interface EventHost {
    /** A prospect from the pool faces admission; {@code referrer} -1 for a newcomer nobody referred. */
    void join(int day, int referrer);

    /** {@code member} creates one piece of content. */
    void content(int member, int day);

    /** A keen newcomer joins as a core node (a city tour's recruit). */
    void recruitCoreNode(int day);
}
